// validate: about a small printf (va_list, %d %x %s %c, width and padding) writing into a buffer
// validate: entry format_entry 4242
#include <stdarg.h>
#include "sb.h"

struct out {
    char *buf;
    long len, cap;
};

NOINLINE static void put(struct out *o, char c) {
    if (o->len < o->cap)
        o->buf[o->len] = c;
    o->len++;
}

NOINLINE static void put_uint(struct out *o, unsigned long v, int base, int width, char pad) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    for (; width > n; width--)
        put(o, pad);
    while (n)
        put(o, digits[--n]);
}

NOINLINE static long vformat(char *buf, long cap, const char *fmt, va_list ap) {
    struct out o = {buf, 0, cap};
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(&o, *fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        if (*fmt == '0')
            pad = *fmt++;
        int width = 0;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        switch (*fmt) {
        case 'd': {
            long v = va_arg(ap, long);
            if (v < 0) {
                put(&o, '-');
                v = -v;
            }
            put_uint(&o, (unsigned long)v, 10, width, pad);
            break;
        }
        case 'x': put_uint(&o, va_arg(ap, unsigned long), 16, width, pad); break;
        case 's': for (const char *s = va_arg(ap, const char *); *s; s++) put(&o, *s); break;
        case 'c': put(&o, (char)va_arg(ap, int)); break;
        default: put(&o, *fmt);
        }
    }
    put(&o, 0);
    return o.len - 1;
}

NOINLINE static long format(char *buf, long cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    long n = vformat(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}

long format_entry(long x) {
    char buf[128];
    long n = format(buf, sizeof buf, "[%08x] %d items, %s %c %5d|%d", (unsigned long)x, -x, "ok", 'Z', x % 1000, x * 3);
    return n * 1000 + buf[3] + buf[n - 1];
}
