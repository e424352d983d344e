// validate: about outgoing stack arguments: 14-argument calls, a struct passed on the stack, -Os call frames
// validate: entry stack_args 3
// validate: entry stack_args_struct 5
// validate: entry stack_args_loop 6
// validate: cflags -Os
// validate: quick
// validate: requires.x86_64 asm pushq $0xd
#include "sb.h"

NOINLINE long many(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j, long k,
                   long l, long m, long n) {
    volatile long t[2] = {a + n, b + m};
    return t[0] * 3 + t[1] + c + d + e + f + g + h + i + j + k + l;
}

struct pair16 {
    long a[6];
};

NOINLINE long by_stack(long a, long b, long c, long d, long e, long f, long g, long h, struct pair16 p,
                       long tail) {
    return a + b + c + d + e + f + g + h + p.a[0] + p.a[5] + tail;
}

long stack_args(long x) {
    long r = many(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13);
    return r + many(r, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
}

long stack_args_struct(long x) {
    struct pair16 p = {{x, x + 1, x + 2, x + 3, x + 4, x + 5}};
    return by_stack(x, x, x, x, x, x, x, x, p, OPAQUE(x));
}

/* Argument pushes inside a loop: SP goes down and back up on every iteration. */
long stack_args_loop(long x) {
    long r = 0;
    for (long k = 0; k < x; k++)
        r += many(r, k, x, 3, 4, 5, 6, 7, 8, 9, 10, 11, k * 2, x - k);
    return r;
}
