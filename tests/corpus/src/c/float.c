#include "common.h"

double horner(const double *c, int n, double x) {
  double r = 0;
  for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
  return r;
}

float dot_f32(const float *a, const float *b, int n) {
  float s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

void saxpy(float *restrict y, const float *restrict x, float a, int n) {
  for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

double norm(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += v[i] * v[i];
  return sqrt(s);
}

/* long double: x87 on x86-64, binary128 soft-float libcalls on AArch64. */
long double ld_poly(long double x) {
  return ((x * 3.0L + 2.0L) * x - 7.5L) / (x + 1.0L);
}

long double ld_sum(const long double *v, int n) {
  long double s = 0;
  for (int i = 0; i < n; i++) s += v[i] / (i + 1);
  return s;
}

int64_t conversions(double d, float f, long double l, uint64_t u) {
  double a = (double)u + (double)(int64_t)f;
  uint64_t b = (uint64_t)d;
  int64_t c = (int64_t)l;
  float e = (float)u;
  return (int64_t)a + (int64_t)b + c + (int64_t)e;
}

double rotate(double x, double y, double t) {
  return x * cos(t) - y * sin(t) + pow(x, y);
}

float clampf(float v, float lo, float hi) {
  return fabsf(v < lo ? lo : v > hi ? hi : v);
}

_Complex double cmul(_Complex double a, _Complex double b) { return a * b; }
