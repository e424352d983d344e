// validate: about codegen-inserted memcpy/memset: big structs by value, struct assignment, zeroing
// validate: entry struct_byval 9
// validate: entry struct_zero 100
// validate: entry struct_return 5
// validate: quick
// validate: requires call memcpy|__aeabi_memcpy|__aeabi_memcpy4|__aeabi_memcpy8
// validate: requires call memset|__aeabi_memset|__aeabi_memset4|__aeabi_memset8|__aeabi_memclr|__aeabi_memclr4|__aeabi_memclr8
#include "sb.h"

struct big {
    long v[40];
};

NOINLINE long consume(struct big b, long i) {
    b.v[i % 40] += i;
    long s = 0;
    for (int k = 0; k < 40; k++)
        s += b.v[k];
    return s;
}

static struct big global_big;

/* Passing a 320-byte struct by value: a memcpy into the outgoing argument area. */
long struct_byval(long i) {
    for (int k = 0; k < 40; k++)
        global_big.v[k] = k * i;
    struct big copy = global_big;
    copy.v[0] = OPAQUE(i);
    return consume(copy, i);
}

NOINLINE long fill(unsigned char *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k += 7)
        s += p[k];
    return s;
}

/* `= {0}` on a 1 KiB local: a memset. */
long struct_zero(long n) {
    unsigned char zero[1024] = {0};
    zero[OPAQUE(n) % 1024] = 1;
    return fill(zero, 1024);
}

NOINLINE struct big make(long seed) {
    struct big b;
    for (int k = 0; k < 40; k++)
        b.v[k] = seed * k + OPAQUE(k);
    return b;
}

/* A struct returned through a hidden pointer, then copied. */
long struct_return(long seed) {
    struct big a = make(seed);
    struct big b;
    __builtin_memcpy(&b, &a, sizeof b);
    b.v[OPAQUE(seed) % 40] = 0;
    return consume(b, seed);
}
