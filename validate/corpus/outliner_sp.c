// validate: about machine outliner moving SP (AArch64): an outlined prologue tail that realigns SP, called with `bl`
// validate: quick
// validate: entry outlined_realign_a 5
// validate: entry outlined_realign_b 5
// validate: targets aarch64
// validate: llc -enable-machine-outliner
// validate: sp-offsets 2
// validate: requires asm and sp, x9, #0xffffffffffffffe0
// validate: requires function OUTLINED_FUNCTION_
#include <stdarg.h>
#include "sb.h"

/* Variant A: two variadic functions with a 32-byte-aligned local. The outliner moves the shared
 * prologue tail, `and sp, x9, #~31` included, into an OUTLINED_FUNCTION_ that the prologue calls:
 * x9 comes from the caller, so the outlined function's SP update is unknown to it alone. The
 * pass walks it from each caller's state and absorbs it into the caller. */
NOINLINE long va_a(long x, ...) {
    va_list ap;
    va_start(ap, x);
    x += va_arg(ap, long);
    va_end(ap);
    _Alignas(32) volatile unsigned char buf[40];
    for (long q = 0; q < 40; q++)
        buf[q] = (unsigned char)(x + q);
    return x * 3 + buf[36];
}

NOINLINE long va_b(long x, ...) {
    va_list ap;
    va_start(ap, x);
    x += va_arg(ap, long);
    va_end(ap);
    _Alignas(32) volatile unsigned char buf[8];
    for (long q = 0; q < 8; q++)
        buf[q] = (unsigned char)(x + q);
    return x * 5 + buf[3];
}

/* Variant B: the outlined sequence is `sub x9, sp, #0x260; and sp, x9, #~31; ...; ret`: it
 * returns with SP 0x260 + slack lower, and the caller's next call is that much deeper. */
NOINLINE long leaf(long x) {
    volatile long a[20];
    for (int k = 0; k < 20; k++)
        a[k] = x + k;
    return a[x % 20];
}

NOINLINE long g1(long x, long y) {
    x += y;
    _Alignas(32) volatile unsigned char buf[600];
    for (long q = 0; q < 600; q++)
        buf[q] = (unsigned char)(x + q);
    return leaf(x) * 3 + buf[5];
}

NOINLINE long g2(long x, long y) {
    x += y;
    _Alignas(32) volatile unsigned char buf[600];
    for (long q = 0; q < 600; q++)
        buf[q] = (unsigned char)(x + q);
    return leaf(x) * 5 + buf[7];
}

long outlined_realign_a(long x) {
    return va_a(x, x + 1, x + 2) + va_b(x, x + 3) + 1;
}

long outlined_realign_b(long x) {
    return g1(x, 1) + g2(x, 2);
}
