// validate: about -mno-red-zone (kernel-style code): leaf locals below a real SP adjustment instead of the red zone
// validate: entry nrz_entry 13
// validate: cflags -mno-red-zone
// validate: targets x86_64
#include "sb.h"

NOINLINE static long leaf(long i) {
    volatile int a[24];
    for (int k = 0; k < 24; k++)
        a[k] = (int)i + k;
    return a[i % 24];
}

long nrz_entry(long i) {
    volatile long keep[2] = {i, i + 1};
    return leaf(i) + keep[1];
}
