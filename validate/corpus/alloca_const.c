// validate: about constant-size __builtin_alloca in the entry block: a static frame object, not a dynamic frame
// validate: entry alloca_const 7
#include "sb.h"

NOINLINE long sum(volatile long *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k++)
        s += p[k];
    return s;
}

long alloca_const(long x) {
    volatile long *p = __builtin_alloca(32 * sizeof(long));
    for (int k = 0; k < 32; k++)
        p[k] = x + k;
    return sum(p, 32);
}
