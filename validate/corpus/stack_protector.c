// validate: about stack protector (-fstack-protector-all): canary slots and the __stack_chk_fail libcall
// validate: entry protected 6
// validate: cflags -fstack-protector-all
// validate: requires call __stack_chk_fail
#include "sb.h"

NOINLINE long fill(char *buf, long n, long x) {
    for (long k = 0; k < n; k++)
        buf[k] = (char)(x + k);
    return buf[n - 1];
}

NOINLINE long inner(long x) {
    char buf[200];
    return fill(buf, 200, x) + buf[x % 200];
}

long protected(long x) {
    char buf[40];
    long r = fill(buf, 40, x);
    return r + inner(x) + buf[3];
}
