// validate: about Adler-32 and xxHash32 with 16-byte stripes
// validate: entry adler_xxh 777
#include "sb.h"

NOINLINE static uint32_t adler32(const unsigned char *p, long n) {
    uint32_t a = 1, b = 0;
    for (long k = 0; k < n; k++) {
        a = (a + p[k]) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

#define P1 2654435761u
#define P2 2246822519u
#define P3 3266489917u
#define P4 668265263u
#define P5 374761393u
static uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
static uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

NOINLINE static uint32_t xxh32(const unsigned char *p, long n, uint32_t seed) {
    const unsigned char *end = p + n;
    uint32_t h;
    if (n >= 16) {
        uint32_t v[4] = {seed + P1 + P2, seed + P2, seed, seed - P1};
        for (; p + 16 <= end; p += 16)
            for (int i = 0; i < 4; i++)
                v[i] = rotl(v[i] + rd32(p + 4 * i) * P2, 13) * P1;
        h = rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18);
    } else {
        h = seed + P5;
    }
    h += (uint32_t)n;
    for (; p + 4 <= end; p += 4)
        h = rotl(h + rd32(p) * P3, 17) * P4;
    for (; p < end; p++)
        h = rotl(h + *p * P5, 11) * P1;
    h ^= h >> 15; h *= P2; h ^= h >> 13; h *= P3; h ^= h >> 16;
    return h;
}

long adler_xxh(long n) {
    unsigned char buf[800];
    if (n > 800)
        n = 800;
    for (long k = 0; k < n; k++)
        buf[k] = (unsigned char)(k * k);
    return (long)((uint64_t)adler32(buf, n) << 32 | xxh32(buf, n, 7)); /* 32-bit long: the low half */
}
