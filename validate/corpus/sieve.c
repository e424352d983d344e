// validate: about sieve of Eratosthenes over a 32 Kibit bitmap in the caller's frame, then prime gaps
// validate: entry sieve_entry 32768
#include "sb.h"

NOINLINE static void sieve(unsigned char *bits, long n) {
    for (long i = 0; i < n / 8; i++)
        bits[i] = 0xff;
    bits[0] &= (unsigned char)~3u;
    for (long p = 2; p * p < n; p++)
        if (bits[p >> 3] >> (p & 7) & 1)
            for (long m = p * p; m < n; m += p)
                bits[m >> 3] &= (unsigned char)~(1u << (m & 7));
}

NOINLINE static long max_gap(const unsigned char *bits, long n) {
    long last = 2, gap = 0;
    for (long i = 3; i < n; i++)
        if (bits[i >> 3] >> (i & 7) & 1) {
            if (i - last > gap)
                gap = i - last;
            last = i;
        }
    return gap;
}

long sieve_entry(long n) {
    unsigned char bits[4096];
    if (n > 32768)
        n = 32768;
    sieve(bits, n);
    return max_gap(bits, n);
}
