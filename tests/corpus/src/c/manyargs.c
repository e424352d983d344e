#include "common.h"

struct rgb { uint8_t r, g, b; };
struct quad { int64_t a, b, c, d; };

int64_t many_ints(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, int64_t g,
                  int64_t h, int64_t i, int64_t j, int64_t k, int64_t l) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

double many_mixed(int a, double b, int c, double d, int e, double f, int g, double h, int i,
                  double j, int k, double l, int m, double n, int o, double p, int q, double r,
                  float s, char t, short u) {
  return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t + u;
}

int64_t with_structs(struct quad q, struct rgb c, int64_t x, struct quad q2, struct rgb c2) {
  return q.a + q.d + c.r + c.b + x + q2.b + c2.g;
}

/* Calls that need an outgoing-argument area. */
int64_t caller_of_many(int64_t x) {
  struct quad q = { x, x + 1, x + 2, x + 3 };
  struct rgb c = { 1, 2, 3 };
  int64_t s = many_ints(x, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  double m = many_mixed(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19.0f, 20, 21);
  s += with_structs(q, c, s, q, c);
  return s + (int64_t)m;
}

/* Two calls with different stack-argument counts in one frame. */
int64_t two_call_sites(int64_t x) {
  int64_t a = many_ints(x, x, x, x, x, x, x, x, x, x, x, x);
  int64_t b = many_ints(a, 0, 0, 0, 0, 0, 0, 0, x, 0, 0, a);
  return a ^ b;
}

/* A tail call with stack arguments cannot be a sibcall on x86-64. */
int64_t forward_many(int64_t a, int64_t b) { return many_ints(a, b, a, b, a, b, a, b, a, b, a, b); }
int64_t forward_few(int64_t a, int64_t b) { return many_ints(a, b, a, b, a, b, 0, 0, 0, 0, 0, 0); }
