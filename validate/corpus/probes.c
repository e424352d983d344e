// validate: about large frames with inline stack probes (-fstack-clash-protection): probe loops in the prologue
// validate: entry probe_8k 3
// validate: entry probe_100k 5
// validate: entry probe_caller 7
// validate: cflags -fstack-clash-protection
// validate: targets !armv7 !cortex-m !riscv32
// validate: quick
// validate: requires.x86_64 asm cmpq %r11, %rsp
// validate: requires.aarch64 asm cmp sp, x9
#include "sb.h"

NOINLINE long touch(volatile unsigned char *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k += 64)
        s += p[k];
    return s;
}

/* Two pages: probed by unrolled probes. */
long probe_8k(long x) {
    volatile unsigned char buf[8192];
    for (long k = 0; k < 8192; k++)
        buf[k] = (unsigned char)(x + k);
    return touch(buf, 8192);
}

/* 25 pages: probed by a loop. */
long probe_100k(long x) {
    volatile unsigned char buf[100000];
    for (long k = 0; k < 100000; k++)
        buf[k] = (unsigned char)(x ^ k);
    return touch(buf, 100000);
}

NOINLINE long mid(long x) {
    volatile unsigned char buf[20000];
    for (long k = 0; k < 20000; k++)
        buf[k] = (unsigned char)(x + 3 * k);
    return touch(buf, 20000) + probe_8k(x);
}

long probe_caller(long x) {
    return mid(x) + 1;
}
