// validate: about frame pointers kept (-fno-omit-frame-pointer): rbp/x29 frames down a 6-deep chain
// validate: entry fp_chain 3
// validate: cflags -fno-omit-frame-pointer
#include "sb.h"

#define LEVEL(n, size, next)                                                                       \
    NOINLINE long n(long x) {                                                                      \
        volatile long a[size];                                                                     \
        for (int k = 0; k < size; k++)                                                             \
            a[k] = x + k;                                                                          \
        return next(a[x % size]) + a[0];                                                           \
    }

NOINLINE long fp_leaf(long x) {
    volatile long a[9];
    for (int k = 0; k < 9; k++)
        a[k] = x * k;
    return a[x % 9];
}

LEVEL(f5, 3, fp_leaf)
LEVEL(f4, 7, f5)
LEVEL(f3, 2, f4)
LEVEL(f2, 11, f3)
LEVEL(f1, 5, f2)

long fp_chain(long x) {
    return f1(x) + 1;
}
