// validate: about bit manipulation: popcount, count-trailing-zeros, bit reversal on a 1 Kibit set
// validate: entry bitset_entry 1000
#include "sb.h"

NOINLINE static long popcount_all(const uint64_t *w, int n) {
    long c = 0;
    for (int i = 0; i < n; i++)
        c += __builtin_popcountll(w[i]);
    return c;
}

NOINLINE static long sum_set_bits(const uint64_t *w, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        for (uint64_t x = w[i]; x; x &= x - 1)
            s += i * 64 + __builtin_ctzll(x);
    return s;
}

NOINLINE static uint64_t reverse(uint64_t x) {
    x = (x >> 1 & 0x5555555555555555ull) | (x & 0x5555555555555555ull) << 1;
    x = (x >> 2 & 0x3333333333333333ull) | (x & 0x3333333333333333ull) << 2;
    x = (x >> 4 & 0x0f0f0f0f0f0f0f0full) | (x & 0x0f0f0f0f0f0f0f0full) << 4;
    return __builtin_bswap64(x);
}

long bitset_entry(long n) {
    uint64_t set[16] = {0};
    for (long k = 0; k < n; k++)
        set[(k * 7) % 1024 / 64] |= 1ull << ((k * 7) % 64);
    for (int i = 0; i < 16; i++)
        set[i] ^= reverse(set[15 - i]);
    return popcount_all(set, 16) * 100000 + sum_set_bits(set, 16);
}
