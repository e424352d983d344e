// validate: about a 20 MB frame: SP adjustments that need several instructions (AArch64: three `sub sp` with lsl #12)
// validate: entry huge_entry 3
// validate: stack 24000000
// validate: requires.aarch64 asm sub sp, sp, #0x313, lsl #12
#include "sb.h"

/* Reads only the two bytes the caller wrote: the rest of the frame holds the harness's paint. */
NOINLINE static long ends(volatile unsigned char *p, long n) {
    return p[0] * 256 + p[n - 1];
}

long huge_entry(long x) {
    volatile unsigned char buf[20000000];
    buf[0] = (unsigned char)x;
    buf[19999999] = 1;
    return ends(buf, 20000000);
}
