/* Floating point: arithmetic that may fuse, conversions, a soft-float libcall on small
   targets, and a float argument passed on the stack. */
extern double ext_d(double, double, double, double, double, double, double, double, double);

double fused(double a, double b, double c) { return a * b + c; }

float mix(float f, int i, long long l) { return f * (float)i + (float)l / 3.0f; }

double many(double x) { return ext_d(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8); }

long long to_int(double d) { return (long long)(d * 1e3); }

double poly(const double *c, int n, double x) {
    double r = 0;
    for (int i = n - 1; i >= 0; i--)
        r = r * x + c[i];
    return r;
}
