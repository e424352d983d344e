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

#ifndef __linux__
/* Bare metal: the canary glibc provides on Linux. */
uintptr_t __stack_chk_guard = (uintptr_t)0x5b0d2c3a9e17f461ull;
#endif

__attribute__((noreturn)) void __stack_chk_fail(void) {
    __builtin_trap();
}

#ifdef __SIZEOF_INT128__
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
#endif /* __SIZEOF_INT128__ */

#if UINTPTR_MAX == 0xffffffffu
/* 32-bit targets: 64-bit division is a libcall (RISC-V: __udivdi3 and friends). */
uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem) {
    if (d == 0)
        __builtin_trap();
    if (d > n) {
        if (rem)
            *rem = n;
        return 0;
    }
    int shift = __builtin_clzll(d) - __builtin_clzll(n);
    uint64_t q = 0;
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

uint64_t __udivdi3(uint64_t n, uint64_t d) {
    return __udivmoddi4(n, d, 0);
}

uint64_t __umoddi3(uint64_t n, uint64_t d) {
    uint64_t r;
    __udivmoddi4(n, d, &r);
    return r;
}

int64_t __divdi3(int64_t a, int64_t b) {
    uint64_t q = __udivmoddi4(a < 0 ? -(uint64_t)a : (uint64_t)a, b < 0 ? -(uint64_t)b : (uint64_t)b, 0);
    return (a < 0) != (b < 0) ? -(int64_t)q : (int64_t)q;
}

int64_t __moddi3(int64_t a, int64_t b) {
    uint64_t r;
    __udivmoddi4(a < 0 ? -(uint64_t)a : (uint64_t)a, b < 0 ? -(uint64_t)b : (uint64_t)b, &r);
    return a < 0 ? -(int64_t)r : (int64_t)r;
}
#endif

#ifdef __ARM_EABI__
/* The ARM run-time ABI's helpers that code generation calls (RTABI 4.3): 32-bit division where
 * the core has none (ARMv7-A), and, on bare-metal EABI triples, the __aeabi_mem* family (note
 * __aeabi_memset's argument order: dest, n, c). The divmod helpers return {quotient, remainder}
 * in {r0, r1}: a 64-bit integer whose low word is the quotient. */
static uint32_t udiv32(uint32_t n, uint32_t d, uint32_t *rem) {
    if (d == 0)
        __builtin_trap();
    uint32_t q = 0, r = 0;
    for (int i = 31; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= 1u << i;
        }
    }
    *rem = r;
    return q;
}

unsigned __aeabi_uidiv(unsigned n, unsigned d) {
    uint32_t r;
    return udiv32(n, d, &r);
}

int __aeabi_idiv(int a, int b) {
    uint32_t r, q = udiv32(a < 0 ? -(uint32_t)a : (uint32_t)a, b < 0 ? -(uint32_t)b : (uint32_t)b, &r);
    return (a < 0) != (b < 0) ? -(int32_t)q : (int32_t)q;
}

uint64_t __aeabi_uidivmod(unsigned n, unsigned d) {
    uint32_t r, q = udiv32(n, d, &r);
    return (uint64_t)r << 32 | q;
}

uint64_t __aeabi_idivmod(int a, int b) {
    uint32_t r, q = udiv32(a < 0 ? -(uint32_t)a : (uint32_t)a, b < 0 ? -(uint32_t)b : (uint32_t)b, &r);
    int32_t sq = (a < 0) != (b < 0) ? -(int32_t)q : (int32_t)q;
    int32_t sr = a < 0 ? -(int32_t)r : (int32_t)r;
    return (uint64_t)(uint32_t)sr << 32 | (uint32_t)sq;
}

/* {quotient, remainder} of 64-bit division in {r0:r1, r2:r3}: a 16-byte vector is returned in
 * r0-r3 under the base procedure call standard, which `pcs("aapcs")` selects on hard-float too. */
typedef uint64_t u64x2 __attribute__((vector_size(16)));

__attribute__((pcs("aapcs"))) u64x2 __aeabi_uldivmod(uint64_t n, uint64_t d) {
    uint64_t r, q = __udivmoddi4(n, d, &r);
    return (u64x2){q, r};
}

__attribute__((pcs("aapcs"))) u64x2 __aeabi_ldivmod(int64_t a, int64_t b) {
    uint64_t r, q = __udivmoddi4(a < 0 ? -(uint64_t)a : (uint64_t)a, b < 0 ? -(uint64_t)b : (uint64_t)b, &r);
    int64_t sq = (a < 0) != (b < 0) ? -(int64_t)q : (int64_t)q;
    int64_t sr = a < 0 ? -(int64_t)r : (int64_t)r;
    return (u64x2){(uint64_t)sq, (uint64_t)sr};
}

void __aeabi_memcpy(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy4(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy8(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memmove(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove4(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove8(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memset(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memset4(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memset8(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memclr(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr4(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr8(void *d, size_t n) { memset(d, 0, n); }
#endif
