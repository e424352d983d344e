// validate: about glob matching (* ? [a-z]) by NFA state sets, no backtracking recursion
// validate: entry glob_entry 6
#include "sb.h"

NOINLINE static int class_match(const char *p, char c, const char **end) {
    int ok = 0;
    p++;
    while (*p && *p != ']') {
        if (p[1] == '-' && p[2] && p[2] != ']') {
            ok |= c >= p[0] && c <= p[2];
            p += 3;
        } else {
            ok |= *p++ == c;
        }
    }
    *end = *p == ']' ? p + 1 : p;
    return ok;
}

/* One bit per pattern position; the whole set advances one text character at a time. */
NOINLINE static int glob(const char *pat, const char *text) {
    const char *pos[64];
    int n = 0;
    for (const char *p = pat; *p && n < 63;) {
        pos[n++] = p;
        if (*p == '[') {
            while (*p && *p != ']')
                p++;
            if (*p)
                p++;
        } else {
            p++;
        }
    }
    uint64_t cur = 1, next;
    for (int i = 0; i < n && pos[i][0] == '*'; i++)
        cur |= 2ull << i;
    for (; *text; text++) {
        next = 0;
        for (int i = 0; i < n; i++) {
            if (!(cur >> i & 1))
                continue;
            const char *p = pos[i], *end;
            if (*p == '*')
                next |= 1ull << i;
            else if (*p == '?' || (*p == '[' ? class_match(p, *text, &end) : *p == *text))
                next |= 1ull << (i + 1);
        }
        for (int i = 0; i < n; i++)
            if (next >> i & 1 && pos[i][0] == '*')
                next |= 2ull << i;
        cur = next;
    }
    return (int)(cur >> n & 1);
}

long glob_entry(long x) {
    char name[32] = "report_2024_q?_final.txt";
    name[13] = (char)('0' + x % 10);
    return glob("*_[0-9][0-9][0-9][0-9]_q[1-4]_*.t?t", name) * 10 + glob("*.c", name);
}
