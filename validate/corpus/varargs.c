// validate: about varargs: va_list walks, va_copy, and calls with stack-passed variadic arguments
// validate: entry varargs_sum 6
// validate: entry varargs_many 2 expect.riscv32=unknown expect.cortex-m=unknown
// validate: quick
#include <stdarg.h>
#include "sb.h"

NOINLINE long vsum(long n, va_list ap) {
    long s = 0;
    for (long k = 0; k < n; k++)
        s += va_arg(ap, long);
    return s;
}

NOINLINE long sum(long n, ...) {
    va_list ap, copy;
    va_start(ap, n);
    va_copy(copy, ap);
    long a = vsum(n, ap);
    long b = vsum(n, copy);
    va_end(copy);
    va_end(ap);
    return a + b;
}

NOINLINE double mixed(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int k = 0; k < n; k++)
        s += (k & 1) ? va_arg(ap, double) : (double)va_arg(ap, long);
    va_end(ap);
    return s;
}

long varargs_sum(long x) {
    return sum(6, x, x + 1, x + 2, x + 3, x + 4, x + 5);
}

/* 20 variadic arguments: most go on the stack. */
long varargs_many(long x) {
    long s = sum(20, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x);
    double d = mixed(12, x, 1.5, x, 2.5, x, 3.5, x, 4.5, x, 5.5, x, 6.5);
    return s + (long)d;
}
