// validate: about many callee-saved registers: values live across calls (rbx, r12-r15, rbp / x19-x28, d8-d15)
// validate: entry callee_saved_int 5
// validate: entry callee_saved_fp 3 expect.riscv32=unknown expect.cortex-m=unknown
// validate: quick
// validate: requires.x86_64 asm pushq %r15
// validate: requires.aarch64 asm stp x28, x27
// validate: requires.aarch64 asm stp d9, d8
#include "sb.h"

NOINLINE long opaque_call(long x) {
    return OPAQUE(x) * 3 + 1;
}

NOINLINE double fop(double x) {
    return x * 1.5 + 0.25;
}

long callee_saved_int(long x) {
    long a = opaque_call(x), b = opaque_call(a), c = opaque_call(b), d = opaque_call(c);
    long e = opaque_call(d), f = opaque_call(e), g = opaque_call(f), h = opaque_call(g);
    long i = opaque_call(h), j = opaque_call(i), k = opaque_call(j), l = opaque_call(k);
    long m = opaque_call(a ^ l);
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + m;
}

long callee_saved_fp(long x) {
    double a = fop((double)x), b = fop(a), c = fop(b), d = fop(c), e = fop(d), f = fop(e);
    double g = fop(f), h = fop(g), i = fop(h), j = fop(i);
    double k = fop(a + j);
    return (long)(a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k);
}
