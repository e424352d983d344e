// validate: about number parsing: strtol-style integers in any base and a decimal float parser
// validate: entry numparse 5 expect.riscv32=unknown expect.cortex-m=unknown
#include "sb.h"

NOINLINE static long parse_int(const char *s, int base, const char **end) {
    while (*s == ' ')
        s++;
    int neg = 0;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    if (base == 16 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    long v = 0;
    for (;; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'z' ? *s - 'a' + 10 : *s >= 'A' && *s <= 'Z' ? *s - 'A' + 10 : 99;
        if (d >= base)
            break;
        v = v * base + d;
    }
    *end = s;
    return neg ? -v : v;
}

NOINLINE static double parse_float(const char *s) {
    double v = 0, scale = 1;
    int neg = *s == '-';
    if (neg)
        s++;
    while (*s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') {
            scale /= 10;
            v += (*s++ - '0') * scale;
        }
    }
    if (*s == 'e' || *s == 'E') {
        const char *e;
        long ex = parse_int(s + 1, 10, &e);
        for (; ex > 0; ex--) v *= 10;
        for (; ex < 0; ex++) v /= 10;
    }
    return neg ? -v : v;
}

long numparse(long x) {
    const char *end;
    char text[] = "  -0x7fA3 1011 zz 12.375e2";
    text[7] = (char)('0' + x % 10);
    long a = parse_int(text, 16, &end);
    long b = parse_int(end, 2, &end);
    long c = parse_int(end, 36, &end);
    double d = parse_float(end + 1);
    return a + b * 7 + c * 13 + (long)(d * 8);
}
