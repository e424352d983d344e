/* Big's constructor and destructor: deep, and defined only here. */
#include "cpp_cross_module.h"
#include "sb.h"

NOINLINE static long mix(volatile char *p, long n, long seed) {
    volatile long scratch[64];
    for (long k = 0; k < 64; k++)
        scratch[k] = seed * k;
    for (long k = 0; k < n; k++)
        p[k] = (char)(scratch[k & 63] + k);
    return scratch[seed & 63];
}

Big::Big(long seed) { mix(data_, sizeof data_, seed); }

Big::~Big() {
    volatile char tail[512];
    mix(tail, sizeof tail, data_[0]);
}

long Big::sum() const {
    long s = 0;
    for (unsigned k = 0; k < sizeof data_; k += 64)
        s += data_[k];
    return s;
}
