#include "common.h"
#include <stdalign.h>

struct cacheline { alignas(64) char data[64]; };
struct wide { alignas(32) double v[4]; };

int aligned_local(int k) {
  alignas(64) char line[64];
  memset(line, k, sizeof line);
  sink(line, sizeof line);
  return line[3];
}

int very_aligned(int k) {
  alignas(4096) char page[128];
  page[0] = (char)k;
  sink(page, sizeof page);
  return page[0];
}

/* Realigned frame plus a call: the realignment slack sits under the callee. */
double aligned_with_call(const double *src) {
  struct wide w;
  struct cacheline c[3];
  for (int i = 0; i < 4; i++) w.v[i] = src[i] * 2;
  sink(&w, sizeof w);
  sink(c, sizeof c);
  return w.v[0] + w.v[3] + c[1].data[5];
}

/* Realignment together with a variable-sized object. */
int aligned_and_vla(int n) {
  alignas(128) int table[32];
  int dyn[n];
  for (int i = 0; i < 32; i++) table[i] = i;
  for (int i = 0; i < n; i++) dyn[i] = table[i & 31];
  sink(dyn, sizeof dyn);
  return dyn[0] + table[5];
}

typedef float v8f __attribute__((vector_size(32)));
v8f vec_madd(v8f a, v8f b, v8f c) {
  v8f t[4] = { a, b, c, a * b };
  sink(t, sizeof t);
  return t[3] + c;
}
