// validate: about a probed frame (-fstack-clash-protection) with a 256-byte-aligned local: realignment inside the probe sequence
// validate: quick
// validate: entry probe_realign 3
// validate: cflags -fstack-clash-protection
// validate: targets !armv7 !cortex-m !riscv32
// validate: sp-offsets 16
// validate: requires.x86_64 flag realigned
// validate: requires.aarch64 asm and x9, x9, #0xffffffffffffff00
#include "sb.h"

NOINLINE static long ext(long x, long y) {
    volatile long t[4] = {x, y, x ^ y, x + y};
    return t[x & 3];
}

NOINLINE static long probed(long x, long a1) {
    x += a1;
    _Alignas(256) volatile unsigned char buf[9000];
    for (long q = 0; q < 9000; q++)
        buf[q] = (unsigned char)(x + q);
    long r = x + ext(x, x + 1);
    return r * 3 + buf[1313];
}

long probe_realign(long x) {
    return probed(x, 7) + 1;
}
