// validate: about Levenshtein edit distance with two DP rows, over pairs of generated words
// validate: entry edit_distance 40
#include "sb.h"

NOINLINE static int distance(const char *a, int n, const char *b, int m) {
    int prev[65], cur[65];
    for (int j = 0; j <= m; j++)
        prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) {
            int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            int del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        for (int j = 0; j <= m; j++)
            prev[j] = cur[j];
    }
    return prev[m];
}

long edit_distance(long len) {
    char a[64], b[64];
    if (len > 64)
        len = 64;
    for (long k = 0; k < len; k++) {
        a[k] = (char)('a' + (k * 7) % 26);
        b[k] = (char)('a' + (k * 11) % 26);
    }
    return distance(a, (int)len, b, (int)len) * 100 + distance(a, (int)len / 2, b, (int)len);
}
