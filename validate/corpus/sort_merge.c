// validate: about bottom-up merge sort with a temporary buffer in the caller's frame
// validate: entry sort_merge 96
#include "sb.h"

NOINLINE static void merge(const int *src, int *dst, long lo, long mid, long hi) {
    long i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
    while (i < mid)
        dst[k++] = src[i++];
    while (j < hi)
        dst[k++] = src[j++];
}

NOINLINE static const int *merge_sort(int *a, int *tmp, long n) {
    int *src = a, *dst = tmp;
    for (long width = 1; width < n; width *= 2) {
        for (long lo = 0; lo < n; lo += 2 * width) {
            long mid = lo + width < n ? lo + width : n;
            long hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(src, dst, lo, mid, hi);
        }
        int *t = src; src = dst; dst = t;
    }
    return src;
}

long sort_merge(long n) {
    int a[96], tmp[96];
    if (n > 96)
        n = 96;
    for (long k = 0; k < n; k++)
        a[k] = (int)((k * 7919) % 97);
    const int *out = merge_sort(a, tmp, n);
    long bad = 0;
    for (long k = 1; k < n; k++)
        bad += out[k - 1] > out[k];
    return bad * 1000 + out[0] + out[n - 1];
}
