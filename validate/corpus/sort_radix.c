// validate: about LSD radix sort (256-entry count tables on the stack) and Shell sort
// validate: entry sort_radix 100
#include "sb.h"

NOINLINE static void radix_pass(const unsigned *src, unsigned *dst, long n, int shift) {
    unsigned count[256] = {0};
    for (long k = 0; k < n; k++)
        count[(src[k] >> shift) & 255]++;
    unsigned sum = 0;
    for (int b = 0; b < 256; b++) {
        unsigned c = count[b];
        count[b] = sum;
        sum += c;
    }
    for (long k = 0; k < n; k++)
        dst[count[(src[k] >> shift) & 255]++] = src[k];
}

NOINLINE static void radix_sort(unsigned *a, unsigned *tmp, long n) {
    for (int shift = 0; shift < 32; shift += 16) {
        radix_pass(a, tmp, n, shift);
        radix_pass(tmp, a, n, shift + 8);
    }
}

NOINLINE static void shell_sort(unsigned *a, long n) {
    static const long gaps[] = {57, 23, 10, 4, 1};
    for (int g = 0; g < 5; g++) {
        long gap = gaps[g];
        for (long i = gap; i < n; i++) {
            unsigned v = a[i];
            long j = i;
            for (; j >= gap && a[j - gap] > v; j -= gap)
                a[j] = a[j - gap];
            a[j] = v;
        }
    }
}

long sort_radix(long n) {
    unsigned a[128], b[128], tmp[128];
    if (n > 128)
        n = 128;
    unsigned x = 2463534242u;
    for (long k = 0; k < n; k++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        a[k] = b[k] = x;
    }
    radix_sort(a, tmp, n);
    shell_sort(b, n);
    long diff = 0;
    for (long k = 0; k < n; k++)
        diff += a[k] != b[k];
    return diff * 1000 + (long)(a[0] >> 20);
}
