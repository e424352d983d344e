// validate: about flag-only: alloca inside a loop grows the frame at run time (dynamic)
// validate: entry alloca_loop 12 expect=dynamic
#include "sb.h"

NOINLINE long use(volatile char *p, long n) {
    for (long k = 0; k < n; k++)
        p[k] = (char)k;
    return p[n - 1];
}

long alloca_loop(long n) {
    long s = 0;
    for (long k = 1; k <= n; k++) {
        volatile char *p = __builtin_alloca((unsigned long)k * 16);
        s += use(p, k * 16);
    }
    return s;
}
