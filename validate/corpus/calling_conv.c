// validate: about other calling conventions: preserve_most/preserve_all callees (more callee-saved registers) and, on x86-64, ms_abi (home space, xmm6-15 saved)
// validate: entry conv_entry 7
// validate: targets x86_64 aarch64
#include "sb.h"

NOINLINE __attribute__((preserve_most)) long pm(long x) {
    volatile long a[5] = {x, x + 1, x + 2, x + 3, x + 4};
    return a[x % 5] * 3;
}

NOINLINE __attribute__((preserve_all)) long pa(long x) {
    volatile double d[3] = {(double)x, 1.5, 2.5};
    return (long)(d[x % 3] * 2);
}

#if defined(__x86_64__)
NOINLINE __attribute__((ms_abi)) long win(long a, long b, long c, long d, long e, long f) {
    volatile long t[2] = {a + f, b + e};
    return t[0] * c + t[1] * d;
}
#else
NOINLINE long win(long a, long b, long c, long d, long e, long f) {
    volatile long t[2] = {a + f, b + e};
    return t[0] * c + t[1] * d;
}
#endif

long conv_entry(long x) {
    long a = x * 3, b = x ^ 5, c = x + 11;
    long r = pm(x) + pa(x + 1) + win(x, a, b, c, 4, 5);
    return r + a * b * c;
}
