// validate: about shrink-wrapping: the prologue sits on the slow path only; the argument drives the slow path
// validate: entry shrink_wrap 1000
#include "sb.h"

NOINLINE static long helper(volatile long *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k++)
        s += p[k];
    return s;
}

/* Small arguments return at once with no frame; large ones build a 256-byte buffer and call. */
long shrink_wrap(long x) {
    if (x < 16)
        return x * 2;
    volatile long buf[32];
    for (int k = 0; k < 32; k++)
        buf[k] = x + k;
    return helper(buf, 32) + buf[x & 31];
}
