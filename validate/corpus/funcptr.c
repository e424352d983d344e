// validate: about flag-only: calls through a table of function pointers are excluded and flagged
// validate: entry dispatch 5 expect=indirect
// validate: quick
#include "sb.h"

NOINLINE static long op_add(long x) { return x + 1; }
NOINLINE static long op_big(long x) {
    volatile long a[32];
    for (int k = 0; k < 32; k++)
        a[k] = x * k;
    return a[x & 31];
}
NOINLINE static long op_mul(long x) { return x * 7; }

static long (*const table[3])(long) = {op_add, op_big, op_mul};

long dispatch(long x) {
    long s = 0;
    for (long k = 0; k < 3; k++)
        s += table[OPAQUE(k)](x);
    return s;
}
