// validate: about flag-only: a variable-length array makes the frame dynamic (unbounded)
// validate: entry vla_sum 300 expect=dynamic
// validate: quick
#include "sb.h"

NOINLINE long total(volatile long *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k++)
        s += p[k];
    return s;
}

long vla_sum(long n) {
    volatile long a[n];
    for (long k = 0; k < n; k++)
        a[k] = k * n;
    return total(a, n);
}
