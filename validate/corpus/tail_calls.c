// validate: about tail calls: a small frame jumping to a big one, and a big frame's epilogue before the jump
// validate: entry tail_small_to_big 3
// validate: entry tail_big_to_small 3
// validate: entry tail_chain 4
// validate: quick
// validate: requires tail-call
#include "sb.h"

NOINLINE long big(long x) {
    volatile long a[64];
    for (int k = 0; k < 64; k++)
        a[k] = x + k;
    return a[x & 63];
}

NOINLINE long small(long x) {
    volatile long a[2];
    a[0] = x;
    a[1] = x + 1;
    return a[x & 1];
}

/* A frame of 16 bytes whose last act is `jmp big`: big's frame starts at this function's S0. */
NOINLINE long small_then_big(long x) {
    volatile long t[2];
    t[0] = x;
    t[1] = x * 2;
    long y = t[0] + t[1];
    return big(y);
}

/* A 512-byte frame released by the epilogue before `jmp small`. */
NOINLINE long big_then_small(long x) {
    volatile long a[64];
    for (int k = 0; k < 64; k++)
        a[k] = x - k;
    long y = a[x & 63];
    return small(y);
}

/* Tail calls all the way down: each level's frame is gone before the next one starts. */
NOINLINE long t3(long x) { return big(x + 3); }
NOINLINE long t2(long x) {
    volatile long s[8];
    for (int k = 0; k < 8; k++)
        s[k] = x + k;
    return t3(s[x & 7]);
}
NOINLINE long t1(long x) { return t2(x ^ 1); }

long tail_small_to_big(long x) { return small_then_big(x) + 1; }
long tail_big_to_small(long x) { return big_then_small(x) + 1; }
long tail_chain(long x) { return t1(x) + 1; }
