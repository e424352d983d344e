// validate: about insertion sort on reversed input (its worst case), with fill and verify passes
// validate: entry sort_insertion 64
#include "sb.h"

NOINLINE static void fill_reversed(int *a, long n) {
    for (long k = 0; k < n; k++)
        a[k] = (int)(n - k);
}

NOINLINE static void insertion_sort(int *a, long n) {
    for (long i = 1; i < n; i++) {
        int v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

NOINLINE static long verify(const int *a, long n) {
    long bad = 0;
    for (long k = 1; k < n; k++)
        bad += a[k - 1] > a[k];
    return bad;
}

long sort_insertion(long n) {
    int a[64];
    if (n > 64)
        n = 64;
    fill_reversed(a, n);
    insertion_sort(a, n);
    return verify(a, n) * 1000 + a[0] + a[n - 1];
}
