/* The runtime library of the validation corpus, compiled through the custom llc like the corpus
 * itself (clang -O2 -ffreestanding -fno-builtin) and linked into every test binary.
 *
 * Code generation inserts calls to these symbols (struct copies become memcpy, zeroing becomes
 * memset, 128-bit division becomes __udivti3, stack protectors call __stack_chk_fail). Linking
 * our own definitions, analysed like everything else, keeps those results complete: the bound
 * counts the libcall's real frame instead of assuming 0 for an external.
 */
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d < s) {
        while (n--)
            *d++ = *s++;
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

void *memset(void *dst, int c, size_t n) {
    unsigned char *d = dst;
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

int bcmp(const void *a, const void *b, size_t n) {
    return memcmp(a, b, n);
}

__attribute__((noreturn)) void __stack_chk_fail(void) {
    __builtin_trap();
}

typedef unsigned __int128 u128;
typedef __int128 i128;

static int clz128(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll(lo);
}

/* Shift-and-subtract: no 128-bit division of its own, so no libcall back into this file. */
u128 __udivmodti4(u128 n, u128 d, u128 *rem) {
    if (d == 0)
        __builtin_trap();
    if (d > n) {
        if (rem)
            *rem = n;
        return 0;
    }
    int shift = clz128(d) - clz128(n);
    u128 q = 0;
    d <<= shift;
    for (int i = 0; i <= shift; i++) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
        d >>= 1;
    }
    if (rem)
        *rem = n;
    return q;
}

u128 __udivti3(u128 n, u128 d) {
    return __udivmodti4(n, d, 0);
}

u128 __umodti3(u128 n, u128 d) {
    u128 r;
    __udivmodti4(n, d, &r);
    return r;
}

i128 __divti3(i128 a, i128 b) {
    int neg = (a < 0) != (b < 0);
    u128 ua = a < 0 ? -(u128)a : (u128)a;
    u128 ub = b < 0 ? -(u128)b : (u128)b;
    u128 q = __udivmodti4(ua, ub, 0);
    return neg ? -(i128)q : (i128)q;
}

i128 __modti3(i128 a, i128 b) {
    u128 ua = a < 0 ? -(u128)a : (u128)a;
    u128 ub = b < 0 ? -(u128)b : (u128)b;
    u128 r;
    __udivmodti4(ua, ub, &r);
    return a < 0 ? -(i128)r : (i128)r;
}
