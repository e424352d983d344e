// validate: about FNV-1a and MurmurHash3 (x86_32) over a generated buffer
// validate: entry hash_fnv_murmur 300
#include "sb.h"

NOINLINE static uint64_t fnv1a(const unsigned char *p, long n) {
    uint64_t h = 1469598103934665603ull;
    for (long k = 0; k < n; k++) {
        h ^= p[k];
        h *= 1099511628211ull;
    }
    return h;
}

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

NOINLINE static uint32_t murmur3(const unsigned char *p, long n, uint32_t seed) {
    uint32_t h = seed, c1 = 0xcc9e2d51, c2 = 0x1b873593;
    long blocks = n / 4;
    for (long i = 0; i < blocks; i++) {
        uint32_t k = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
                     (uint32_t)p[4 * i + 3] << 24;
        k *= c1; k = rotl32(k, 15); k *= c2;
        h ^= k; h = rotl32(h, 13); h = h * 5 + 0xe6546b64;
    }
    uint32_t k = 0;
    const unsigned char *tail = p + blocks * 4;
    switch (n & 3) {
    case 3: k ^= (uint32_t)tail[2] << 16; /* fall through */
    case 2: k ^= (uint32_t)tail[1] << 8; /* fall through */
    case 1: k ^= tail[0]; k *= c1; k = rotl32(k, 15); k *= c2; h ^= k;
    }
    h ^= (uint32_t)n;
    h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
    return h;
}

long hash_fnv_murmur(long n) {
    unsigned char buf[512];
    if (n > 512)
        n = 512;
    for (long k = 0; k < n; k++)
        buf[k] = (unsigned char)(k * 31 + 7);
    return (long)(fnv1a(buf, n) ^ murmur3(buf, n, 0x9747b28c));
}
