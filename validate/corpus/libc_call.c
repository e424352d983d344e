// validate: about flag-only: a libc callee (snprintf) has no record: unknown, never counted as 0
// validate: entry format_number 12345 expect=unknown
// validate: quick
#include "sb.h"

int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...);

long format_number(long x) {
    char buf[64];
    int n = snprintf(buf, sizeof buf, "value=%ld hex=%lx float=%f", x, x, (double)x / 3);
    return n + buf[6];
}
