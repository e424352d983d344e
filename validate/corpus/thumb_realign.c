// validate: about a realigned Thumb-2 frame: a 32-byte aligned local makes the prologue realign SP (bfc r4, #0, #5; mov sp, r4), its slack measured at each of the 8-byte SP alignments AAPCS allows
// validate: entry realign32 5
// validate: entry realign_caller 3
// validate: targets armv7 cortex-m
// validate: sp-offsets 4
// validate: quick
// validate: requires asm bfc r4, #0, #5
#include "sb.h"

NOINLINE static long touch(volatile char *p, long n) {
    for (long k = 0; k < n; k++)
        p[k] = (char)(k + 1);
    return p[n - 1];
}

/* 72 bytes aligned to 32: the frame is realigned, slack 0..24 bytes below an 8-aligned SP. */
NOINLINE long realign32(long x) {
    _Alignas(32) volatile char buf[72];
    return touch(buf, 72) + x;
}

/* An ordinary frame above the realigned one: the slack depends on the caller's SP at the call. */
long realign_caller(long x) {
    volatile long pad[3];
    pad[0] = x;
    return realign32(pad[0]) + pad[0];
}
