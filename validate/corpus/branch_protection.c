// validate: about AArch64 return-address signing and BTI (-mbranch-protection=standard): paciasp/autiasp frames
// validate: entry bp_entry 21
// validate: targets aarch64
// validate: cflags -mbranch-protection=standard
// validate: qemu-cpu max
// validate: requires asm paciasp
#include "sb.h"

NOINLINE static long leaf(long x) {
    volatile long a[6];
    for (int k = 0; k < 6; k++)
        a[k] = x ^ k;
    return a[x % 6];
}

NOINLINE static long mid(long x) {
    volatile long t[3] = {x, x + 1, x + 2};
    return leaf(t[2]) + t[0];
}

long bp_entry(long x) {
    return mid(x) + 1;
}
