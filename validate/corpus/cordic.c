// validate: about fixed-point maths: CORDIC sine/cosine and an integer square root
// validate: entry cordic_entry 17
#include "sb.h"

static const int32_t atan_table[16] = {51472, 30386, 16055, 8150, 4091, 2047, 1024, 512,
                                       256,   128,   64,    32,   16,   8,    4,    2};

NOINLINE static void cordic(int32_t angle, int32_t *s, int32_t *c) {
    int32_t x = 39797, y = 0, z = angle;
    for (int i = 0; i < 16; i++) {
        int32_t dx = x >> i, dy = y >> i;
        if (z >= 0) {
            x -= dy; y += dx; z -= atan_table[i];
        } else {
            x += dy; y -= dx; z += atan_table[i];
        }
    }
    *s = y;
    *c = x;
}

NOINLINE static uint32_t isqrt(uint64_t v) {
    uint64_t r = 0, bit = 1ull << 62;
    while (bit > v)
        bit >>= 2;
    while (bit) {
        if (v >= r + bit) {
            v -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return (uint32_t)r;
}

long cordic_entry(long steps) {
    long acc = 0;
    for (long k = 0; k < steps; k++) {
        int32_t s, c;
        cordic((int32_t)(k * 6000 - 51472), &s, &c);
        acc += isqrt((uint64_t)((int64_t)s * s + (int64_t)c * c));
    }
    return acc;
}
