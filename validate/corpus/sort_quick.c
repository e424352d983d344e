// validate: about quicksort without recursion: an explicit range stack, median of three, insertion sort for small ranges
// validate: entry sort_quick 200
#include "sb.h"

static unsigned lcg(unsigned *s) {
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

NOINLINE static void small_sort(int *a, long lo, long hi) {
    for (long i = lo + 1; i <= hi; i++) {
        int v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

NOINLINE static long partition(int *a, long lo, long hi) {
    long mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) { int t = a[mid]; a[mid] = a[lo]; a[lo] = t; }
    if (a[hi] < a[lo]) { int t = a[hi]; a[hi] = a[lo]; a[lo] = t; }
    if (a[hi] < a[mid]) { int t = a[hi]; a[hi] = a[mid]; a[mid] = t; }
    int pivot = a[mid];
    long i = lo - 1, j = hi + 1;
    for (;;) {
        do i++; while (a[i] < pivot);
        do j--; while (a[j] > pivot);
        if (i >= j)
            return j;
        int t = a[i]; a[i] = a[j]; a[j] = t;
    }
}

NOINLINE static void quicksort(int *a, long n) {
    long stack[2 * 64];
    long top = 0;
    stack[top++] = 0;
    stack[top++] = n - 1;
    while (top > 0) {
        long hi = stack[--top], lo = stack[--top];
        if (hi - lo < 12) {
            small_sort(a, lo, hi);
            continue;
        }
        long p = partition(a, lo, hi);
        stack[top++] = lo; stack[top++] = p;
        stack[top++] = p + 1; stack[top++] = hi;
    }
}

long sort_quick(long n) {
    int a[256];
    unsigned seed = 42;
    if (n > 256)
        n = 256;
    for (long k = 0; k < n; k++)
        a[k] = (int)(lcg(&seed) % 1000);
    quicksort(a, n);
    long bad = 0;
    for (long k = 1; k < n; k++)
        bad += a[k - 1] > a[k];
    return bad * 100000 + a[0] + a[n - 1];
}
