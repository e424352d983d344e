// validate: about flag-only: direct and mutual recursion are excluded and flagged
// validate: entry fib_entry 18 expect=recursive
// validate: entry even_odd 41 expect=recursive
// validate: quick
#include "sb.h"

NOINLINE long fib(long n) {
    volatile long pad[2] = {n, n};
    return n < 2 ? pad[0] : fib(n - 1) + fib(n - 2) + pad[1] - n;
}

NOINLINE long is_odd(long n);
NOINLINE long is_even(long n) {
    volatile long t = n;
    return t == 0 ? 1 : is_odd(t - 1) + 0 * t;
}
NOINLINE long is_odd(long n) {
    volatile long t = n;
    return t == 0 ? 0 : is_even(t - 1) + 0 * t;
}

long fib_entry(long n) {
    return fib(n);
}

long even_odd(long n) {
    return is_even(n);
}
