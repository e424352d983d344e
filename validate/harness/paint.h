/* The stack paint both harnesses use (harness.c hosted, harness_bare.c bare metal): a pattern
 * that depends on each word's address, so no value a program stores is mistaken for paint. */
#ifndef STACKBOUND_PAINT_H
#define STACKBOUND_PAINT_H

#include <stddef.h>
#include <stdint.h>

static uint64_t mix(uint64_t x) {
    /* splitmix64 finaliser: every bit of the address affects every bit of the word. */
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static uint64_t pattern(uintptr_t addr, uint64_t seed, int invert) {
    uint64_t w = mix((uint64_t)addr ^ seed);
    return invert ? ~w : w;
}

static void paint(uint64_t *lo, uint64_t *hi, uint64_t seed, int invert) {
    for (uint64_t *p = lo; p < hi; p++)
        *p = pattern((uintptr_t)p, seed, invert);
}

/* Address of the lowest byte in [lo, hi) that differs from the paint, or hi if none. */
static unsigned char *lowest_modified(uint64_t *lo, uint64_t *hi, uint64_t seed, int invert) {
    for (uint64_t *p = lo; p < hi; p++) {
        uint64_t want = pattern((uintptr_t)p, seed, invert);
        if (*p != want) {
            const unsigned char *w = (const unsigned char *)&want;
            unsigned char *b = (unsigned char *)p;
            for (int i = 0; i < 8; i++)
                if (b[i] != w[i])
                    return b + i;
        }
    }
    return (unsigned char *)hi;
}

static size_t count_modified(uint64_t *lo, uint64_t *hi, uint64_t seed, int invert) {
    size_t n = 0;
    for (uint64_t *p = lo; p < hi; p++) {
        uint64_t want = pattern((uintptr_t)p, seed, invert);
        const unsigned char *w = (const unsigned char *)&want, *b = (const unsigned char *)p;
        for (int i = 0; i < 8; i++)
            n += b[i] != w[i];
    }
    return n;
}

#endif
