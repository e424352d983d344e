/* `work` has no body of its own: it is an alias of impl_work (a GlobalAlias in the IR). */
#include "sb.h"

NOINLINE long impl_work(long x) {
    volatile char buf[1024];
    for (int k = 0; k < 1024; k++)
        buf[k] = (char)(x + k);
    return buf[x & 1023];
}

long work(long x) __attribute__((alias("impl_work")));
