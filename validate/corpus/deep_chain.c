// validate: about a 16-deep non-recursive chain, each level choosing the deeper of two callees
// validate: entry deep_chain 1
// validate: entry deep_chain_shallow 0 not-worst
// validate: quick
#include "sb.h"

/* Each level has a frame of its own size; the argument's low bit picks the deeper branch. */
#define LEVEL(n, size, next_deep, next_shallow)                                                   \
    NOINLINE long n(long x) {                                                                      \
        volatile unsigned char buf[size];                                                          \
        for (unsigned k = 0; k < size; k++)                                                        \
            buf[k] = (unsigned char)(x + k);                                                       \
        long r = (x & 1) ? next_deep(x) : next_shallow(x);                                         \
        return r + buf[(unsigned long)x % size];                                                   \
    }

NOINLINE long bottom(long x) {
    volatile long a[20];
    for (int k = 0; k < 20; k++)
        a[k] = x ^ k;
    return a[x % 20];
}

NOINLINE long shallow(long x) {
    return x * 3 + 1;
}

LEVEL(l15, 48, bottom, shallow)
LEVEL(l14, 16, l15, shallow)
LEVEL(l13, 96, l14, shallow)
LEVEL(l12, 32, l13, shallow)
LEVEL(l11, 80, l12, shallow)
LEVEL(l10, 16, l11, shallow)
LEVEL(l09, 64, l10, shallow)
LEVEL(l08, 160, l09, shallow)
LEVEL(l07, 16, l08, shallow)
LEVEL(l06, 48, l07, shallow)
LEVEL(l05, 112, l06, shallow)
LEVEL(l04, 32, l05, shallow)
LEVEL(l03, 16, l04, shallow)
LEVEL(l02, 208, l03, shallow)
LEVEL(l01, 64, l02, shallow)
LEVEL(l00, 128, l01, shallow)

/* Odd argument: every level takes the deep branch, the worst path. */
long deep_chain(long x) {
    return l00(x);
}

/* Even argument: the first level takes the shallow branch (a gap the docs explain). */
long deep_chain_shallow(long x) {
    return l00(x);
}
