// validate: about FP callee-saved registers (ARM): floats live across calls are kept in s16-s31 / d8-d15, saved with vpush (Cortex-M4F, ARMv7-A hard-float)
// validate: entry vpush_entry 7
// validate: targets armv7 cortex-m
// validate: quick
// validate: requires asm vpush
#include "sb.h"

NOINLINE static float fsink(float x, volatile float *p) {
    p[0] = x;
    p[1] = x * 0.5f;
    return p[0] + p[1];
}

/* Ten floats live across four calls: more than the caller-saved registers hold, so the compiler
 * keeps them in callee-saved FP registers, which the prologue saves with vpush. */
NOINLINE static float many(float x) {
    volatile float scratch[16];
    float a = x + 1.0f, b = x * 2.0f, c = x - 3.0f, d = x * x, e = x + 0.25f;
    float f = a * b, g = c * d, h = e - a, i = b + g, j = f * 0.75f;
    float r = fsink(a, scratch);
    r += fsink(b, scratch) * c;
    r += fsink(d, scratch) * e + f;
    r += fsink(g, scratch) * h + i * j;
    return r + a + b + c + d + e + f + g + h + i + j;
}

long vpush_entry(long n) {
    return (long)many((float)OPAQUE(n));
}
