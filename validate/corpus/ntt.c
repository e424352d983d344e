// validate: about an iterative number-theoretic transform (mod 998244353): polynomial multiplication
// validate: entry ntt_entry 32
#include "sb.h"

#define MOD 998244353u

NOINLINE static uint32_t power(uint64_t b, uint64_t e) {
    uint64_t r = 1;
    b %= MOD;
    for (; e; e >>= 1, b = b * b % MOD)
        if (e & 1)
            r = r * b % MOD;
    return (uint32_t)r;
}

NOINLINE static void ntt(uint32_t *a, int n, int invert) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j) {
            uint32_t t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
    for (int len = 2; len <= n; len <<= 1) {
        uint32_t w = power(3, (MOD - 1) / len);
        if (invert)
            w = power(w, MOD - 2);
        for (int i = 0; i < n; i += len) {
            uint64_t wn = 1;
            for (int j = 0; j < len / 2; j++) {
                uint32_t u = a[i + j], v = (uint32_t)(a[i + j + len / 2] * wn % MOD);
                a[i + j] = u + v < MOD ? u + v : u + v - MOD;
                a[i + j + len / 2] = u >= v ? u - v : u + MOD - v;
                wn = wn * w % MOD;
            }
        }
    }
    if (invert) {
        uint64_t inv = power((uint64_t)n, MOD - 2);
        for (int i = 0; i < n; i++)
            a[i] = (uint32_t)(a[i] * inv % MOD);
    }
}

long ntt_entry(long n) {
    uint32_t a[128] = {0}, b[128] = {0};
    if (n > 64)
        n = 64;
    for (long i = 0; i < n; i++) {
        a[i] = (uint32_t)(i + 1);
        b[i] = (uint32_t)(2 * i + 1);
    }
    ntt(a, 128, 0);
    ntt(b, 128, 0);
    for (int i = 0; i < 128; i++)
        a[i] = (uint32_t)((uint64_t)a[i] * b[i] % MOD);
    ntt(a, 128, 1);
    return a[n - 1];
}
