// validate: about string search: Knuth-Morris-Pratt (prefix table) and Boyer-Moore-Horspool (256-entry skip table)
// validate: entry search_entry 9
#include "sb.h"

NOINLINE static long kmp_count(const char *text, long n, const char *pat, long m) {
    int fail[64];
    fail[0] = 0;
    for (long i = 1, k = 0; i < m; i++) {
        while (k > 0 && pat[i] != pat[k])
            k = fail[k - 1];
        if (pat[i] == pat[k])
            k++;
        fail[i] = (int)k;
    }
    long count = 0;
    for (long i = 0, k = 0; i < n; i++) {
        while (k > 0 && text[i] != pat[k])
            k = fail[k - 1];
        if (text[i] == pat[k])
            k++;
        if (k == m) {
            count++;
            k = fail[k - 1];
        }
    }
    return count;
}

NOINLINE static long horspool_count(const char *text, long n, const char *pat, long m) {
    long skip[256];
    for (int c = 0; c < 256; c++)
        skip[c] = m;
    for (long i = 0; i + 1 < m; i++)
        skip[(unsigned char)pat[i]] = m - 1 - i;
    long count = 0;
    for (long pos = 0; pos + m <= n;) {
        long j = m - 1;
        while (j >= 0 && text[pos + j] == pat[j])
            j--;
        if (j < 0)
            count++;
        pos += skip[(unsigned char)text[pos + m - 1]];
    }
    return count;
}

long search_entry(long x) {
    char text[512];
    for (long k = 0; k < 511; k++)
        text[k] = "abaabaabb"[(k * x) % 9];
    text[511] = 0;
    const char *pat = "abaab";
    return kmp_count(text, 511, pat, 5) * 1000 + horspool_count(text, 511, pat, 5);
}
