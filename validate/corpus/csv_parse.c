// validate: about CSV parsing: quoted fields, numeric conversion, per-column sums
// validate: entry csv_parse 10
#include "sb.h"

struct field {
    const char *start;
    long len;
};

NOINLINE static long split_line(const char *p, struct field *out, long max, const char **rest) {
    long n = 0;
    while (*p && *p != '\n' && n < max) {
        if (*p == '"') {
            p++;
            out[n].start = p;
            while (*p && *p != '"')
                p++;
            out[n].len = p - out[n].start;
            if (*p == '"')
                p++;
        } else {
            out[n].start = p;
            while (*p && *p != ',' && *p != '\n')
                p++;
            out[n].len = p - out[n].start;
        }
        n++;
        if (*p == ',')
            p++;
    }
    if (*p == '\n')
        p++;
    *rest = p;
    return n;
}

NOINLINE static long to_number(const struct field *f) {
    long v = 0, sign = 1, i = 0;
    if (f->len > 0 && f->start[0] == '-') {
        sign = -1;
        i = 1;
    }
    for (; i < f->len; i++) {
        char c = f->start[i];
        if (c < '0' || c > '9')
            return 0;
        v = v * 10 + (c - '0');
    }
    return sign * v;
}

long csv_parse(long rows) {
    char text[600];
    long n = 0;
    if (rows > 20)
        rows = 20;
    for (long r = 0; r < rows; r++) {
        const char *row = "12,\"a,b\",-7,300\n";
        for (const char *s = row; *s; s++)
            text[n++] = *s == '3' ? (char)('0' + r % 10) : *s;
    }
    text[n] = 0;
    long sums[8] = {0};
    struct field fields[8];
    const char *p = text;
    while (*p) {
        long nf = split_line(p, fields, 8, &p);
        for (long k = 0; k < nf; k++)
            sums[k] += to_number(&fields[k]);
    }
    return sums[0] * 1000000 + sums[2] * 1000 + sums[3];
}
