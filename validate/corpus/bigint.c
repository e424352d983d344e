// validate: about multi-precision arithmetic: factorial by repeated bignum multiply, then decimal conversion
// validate: entry bigint_factorial 60
#include "sb.h"

struct big {
    int n;
    uint32_t limb[40];
};

NOINLINE static void mul_small(struct big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t v = (uint64_t)b->limb[i] * m + carry;
        b->limb[i] = (uint32_t)v;
        carry = v >> 32;
    }
    if (carry)
        b->limb[b->n++] = (uint32_t)carry;
}

NOINLINE static uint32_t div_small(struct big *b, uint32_t d) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = rem << 32 | b->limb[i];
        b->limb[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    while (b->n > 0 && b->limb[b->n - 1] == 0)
        b->n--;
    return (uint32_t)rem;
}

NOINLINE static long digit_sum(struct big b) {
    long s = 0;
    while (b.n > 0)
        s += div_small(&b, 10);
    return s;
}

long bigint_factorial(long n) {
    struct big b = {1, {1}};
    if (n > 100)
        n = 100;
    for (uint32_t k = 2; k <= (uint32_t)n; k++)
        mul_small(&b, k);
    return digit_sum(b);
}
