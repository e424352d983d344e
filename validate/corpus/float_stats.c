// validate: about floating-point statistics: mean, variance, median by sorting a copy (doubles)
// validate: entry stats_entry 50 expect.riscv32=unknown expect.cortex-m=unknown
#include "sb.h"

NOINLINE static void sort_doubles(double *a, long n) {
    for (long i = 1; i < n; i++) {
        double v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

NOINLINE static double median(const double *a, long n) {
    double copy[64];
    for (long i = 0; i < n; i++)
        copy[i] = a[i];
    sort_doubles(copy, n);
    return n % 2 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
}

NOINLINE static void moments(const double *a, long n, double *mean, double *var) {
    double s = 0, s2 = 0;
    for (long i = 0; i < n; i++)
        s += a[i];
    *mean = s / n;
    for (long i = 0; i < n; i++)
        s2 += (a[i] - *mean) * (a[i] - *mean);
    *var = s2 / n;
}

long stats_entry(long n) {
    double data[64];
    if (n > 64)
        n = 64;
    for (long i = 0; i < n; i++)
        data[i] = (double)((i * 37) % 101) / 7.0;
    double mean, var;
    moments(data, n, &mean, &var);
    return (long)(mean * 1000) + (long)(var * 10) + (long)(median(data, n) * 100000);
}
