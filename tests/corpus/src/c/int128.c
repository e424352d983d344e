#include "common.h"

typedef unsigned __int128 u128;
typedef __int128 i128;

/* Division and remainder become __udivti3/__divti3/__umodti3/__modti3. */
u128 udiv128(u128 a, u128 b) { return a / b; }
i128 sdiv128(i128 a, i128 b) { return a / b; }
u128 umod128(u128 a, u128 b) { return a % b; }
i128 smod128(i128 a, i128 b) { return a % b; }

u128 mul_wide(uint64_t a, uint64_t b) { return (u128)a * b; }

u128 pow_mod(u128 base, u128 exp, u128 m) {
  u128 r = 1;
  base %= m;
  while (exp) {
    if (exp & 1) r = (r * base) % m;
    base = (base * base) % m;
    exp >>= 1;
  }
  return r;
}

int to_decimal(u128 v, char *buf) {
  char tmp[40];
  int n = 0;
  do { tmp[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
  for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
  buf[n] = 0;
  return n;
}

i128 shifts(i128 a, int s) { return (a << (s & 127)) ^ (a >> ((s + 7) & 127)); }

double u128_to_double(u128 a) { return (double)a; }
u128 double_to_u128(double d) { return (u128)d; }

int overflow_checks(int64_t a, int64_t b, int64_t *out) {
  int64_t r;
  int o = __builtin_mul_overflow(a, b, &r);
  o |= __builtin_add_overflow(r, a, &r);
  *out = r;
  return o;
}
