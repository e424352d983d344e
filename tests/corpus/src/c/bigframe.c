#include "common.h"

/* Frames of a few KB up to well past a page: with -fstack-clash-protection
 * these get probe-stack attributes, with -fstack-protector-strong a canary. */
int small_buffer(int k) {
  char buf[100];
  memset(buf, k, sizeof buf);
  sink(buf, sizeof buf);
  return buf[k & 63];
}

int64_t page_frame(int k) {
  int64_t v[600];
  for (int i = 0; i < 600; i++) v[i] = i * (int64_t)k;
  sink(v, sizeof v);
  return v[k % 600];
}

double huge_frame(int k) {
  double m[64][64];
  for (int i = 0; i < 64; i++)
    for (int j = 0; j < 64; j++) m[i][j] = i * j + k;
  sink(m, sizeof m);
  return m[k & 63][(k >> 6) & 63];
}

int very_huge_frame(int k) {
  char big[1 << 20];
  memset(big, k, sizeof big);
  sink(big, sizeof big);
  return big[k & 0xfffff];
}

/* A big frame that also makes a call with stack-passed arguments. */
int call_with_big_frame(int k) {
  int scratch[2048];
  for (int i = 0; i < 2048; i++) scratch[i] = k ^ i;
  sink(scratch, sizeof scratch);
  return printf("%d %d %d %d %d %d %d %d %d\n", scratch[0], scratch[1], scratch[2], scratch[3],
                scratch[4], scratch[5], scratch[6], scratch[7], scratch[8]);
}
