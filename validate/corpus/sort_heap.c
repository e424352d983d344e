// validate: about heapsort: build-heap and sift-down on 128 pseudo-random keys
// validate: entry sort_heap 128
#include "sb.h"

NOINLINE static void sift_down(long *a, long start, long end) {
    long root = start;
    while (2 * root + 1 <= end) {
        long child = 2 * root + 1, swap = root;
        if (a[swap] < a[child])
            swap = child;
        if (child + 1 <= end && a[swap] < a[child + 1])
            swap = child + 1;
        if (swap == root)
            return;
        long t = a[root]; a[root] = a[swap]; a[swap] = t;
        root = swap;
    }
}

NOINLINE static void heapsort(long *a, long n) {
    for (long start = (n - 2) / 2; start >= 0; start--)
        sift_down(a, start, n - 1);
    for (long end = n - 1; end > 0; end--) {
        long t = a[end]; a[end] = a[0]; a[0] = t;
        sift_down(a, 0, end - 1);
    }
}

long sort_heap(long n) {
    long a[128];
    if (n > 128)
        n = 128;
    uint64_t x = 88172645463325252ull;
    for (long k = 0; k < n; k++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        a[k] = (long)(x % 100000);
    }
    heapsort(a, n);
    long bad = 0;
    for (long k = 1; k < n; k++)
        bad += a[k - 1] > a[k];
    return bad * 1000000 + a[n / 2];
}
