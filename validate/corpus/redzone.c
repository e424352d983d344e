// validate: about x86-64 red zone: leaf locals below RSP with no frame (bytes the stack size omits)
// validate: entry redzone_leaf 5
// validate: entry redzone_big 40
// validate: entry redzone_caller 17
// validate: quick
// validate: requires.x86_64 flag red-zone
#include "sb.h"

/* 112 bytes: all of them in the red zone on x86-64 (no `sub rsp`). */
long redzone_leaf(long i) {
    volatile int a[28];
    for (int k = 0; k < 28; k++)
        a[k] = (int)i + k;
    a[i % 28] = 1;
    return a[3] + a[27];
}

/* 224 bytes: 128 in the red zone, the rest from `sub rsp`. */
long redzone_big(long i) {
    volatile int a[56];
    for (int k = 0; k < 56; k++)
        a[k] = (int)i * k;
    a[i % 56] = 2;
    return a[0] + a[55];
}

NOINLINE static long leaf(long i, long v) {
    volatile long a[12];
    for (int k = 0; k < 12; k++)
        a[k] = v + k;
    a[i % 12] = v;
    return a[1] + a[11];
}

/* A frame of its own, then the red-zone leaf below it. */
long redzone_caller(long i) {
    volatile long keep[4];
    for (int k = 0; k < 4; k++)
        keep[k] = i + k;
    long r = leaf(i, keep[2]);
    return r + keep[0] + keep[3];
}
