/* Calls of every shape: extern, static (inlined or not), through a pointer, recursive,
   variadic, and a big struct by value. */
#include <stdarg.h>
#include <stddef.h>

struct big {
    int words[24];
};

extern int ext(int);
extern void sink(struct big b);
int (*hook)(int) = ext;

static int twice(int x) { return ext(x) + ext(x + 1); }

static __attribute__((noinline)) int kept(int x, int y) { return ext(x * y) - y; }

int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int total = 0;
    for (int i = 0; i < n; i++)
        total += va_arg(ap, int);
    va_end(ap);
    return total;
}

int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

int through(int x) { return hook ? hook(x) : twice(x); }

void by_value(int seed) {
    struct big b;
    for (size_t i = 0; i < sizeof b.words / sizeof b.words[0]; i++)
        b.words[i] = seed + (int)i;
    sink(b);
}

int calls_all(int x) {
    char buf[64];
    for (int i = 0; i < 64; i++)
        buf[i] = (char)(x + i);
    return kept(x, buf[x & 63]) + sum(3, x, x + 1, x + 2) + fact(x) + through(x);
}
