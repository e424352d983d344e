// validate: about machine outliner (-enable-machine-outliner at -Oz): OUTLINED_FUNCTION_* frames, LR saves on AArch64
// validate: entry outlined_ops 6
// validate: cflags -Oz
// validate: llc -enable-machine-outliner
// validate: quick
// validate: requires function OUTLINED_FUNCTION_
// validate: requires.aarch64 asm str x30, [sp, #-0x10]!
#include "sb.h"

NOINLINE long sink(long a, long b, long c) {
    return a * 31 + b * 17 + c;
}

/* The same call sequence in many functions: material for outlining, including the calls (on
 * AArch64 an outlined sequence that calls must save LR on the stack). */
#define BODY(k)                                                                                    \
    long r = sink(x + k, x * 2 + 1, x ^ 5);                                                        \
    r += sink(r, x + 7, r ^ 3);                                                                    \
    r += sink(r + 1, r * 5, x - 2);                                                                \
    volatile long keep[3] = {r, r + 1, r + 2};                                                     \
    return keep[0] + keep[2] + sink(keep[1], k, r);

NOINLINE long op1(long x) { BODY(1) }
NOINLINE long op2(long x) { BODY(2) }
NOINLINE long op3(long x) { BODY(3) }
NOINLINE long op4(long x) { BODY(4) }
NOINLINE long op5(long x) { BODY(5) }
NOINLINE long op6(long x) { BODY(6) }

long outlined_ops(long x) {
    return op1(x) + op2(x + 1) + op3(x + 2) + op4(x + 3) + op5(x + 4) + op6(x + 5);
}
