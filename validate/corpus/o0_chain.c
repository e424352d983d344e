// validate: about unoptimised code (-O0): spill-heavy frames, every local in memory
// validate: entry o0_entry 9
// validate: cflags -O0
#include "sb.h"

long o0_mix(long a, long b) {
    long t[6];
    for (int k = 0; k < 6; k++)
        t[k] = a * k + b;
    long s = 0;
    for (int k = 0; k < 6; k++)
        s += t[k] ^ (s >> 3);
    return s;
}

long o0_mid(long x) {
    long acc[10];
    for (int k = 0; k < 10; k++)
        acc[k] = o0_mix(x + k, k);
    long s = 0;
    for (int k = 0; k < 10; k++)
        s += acc[k];
    return s;
}

long o0_entry(long x) {
    long v[4] = {x, x + 1, x + 2, x + 3};
    return o0_mid(v[0]) + o0_mid(v[3]);
}
