#include "common.h"

int sum_ints(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

double mean_doubles(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double);
  va_end(ap);
  return n ? s / n : 0.0;
}

struct tagged { int tag; union { int64_t i; double d; const char *s; } u; };

/* Mixed types and a va_copy that walks the list twice. */
int count_then_collect(struct tagged *out, int max, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = 0;
  for (const char *p = fmt; *p; p++) n++;
  if (n > max) n = max;
  for (int i = 0; i < n; i++) {
    out[i].tag = fmt[i];
    switch (fmt[i]) {
    case 'i': out[i].u.i = va_arg(ap2, int64_t); break;
    case 'd': out[i].u.d = va_arg(ap2, double); break;
    default: out[i].u.s = va_arg(ap2, const char *); break;
    }
  }
  va_end(ap2);
  va_end(ap);
  return n;
}

int format_into(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

/* Calls into varargs functions with many arguments of each class. */
int call_varargs(void) {
  char buf[64];
  struct tagged t[4];
  int a = sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  double m = mean_doubles(9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.5);
  int c = count_then_collect(t, 4, "ids", (int64_t)42, 3.25, "x");
  int f = format_into(buf, sizeof buf, "%d %f %s %ld", a, m, "y", (long)c);
  printf("%s %d %d %d %d %d %d %d %d %f %f\n", buf, a, c, f, 1, 2, 3, 4, 5, m, 2.5);
  return a + c + f;
}
