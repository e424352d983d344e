#include "common.h"

int vla_sum(int n) {
  int a[n];
  for (int i = 0; i < n; i++) a[i] = i * i;
  sink(a, sizeof a);
  int s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}

void vla_matrix(int rows, int cols, double out[rows][cols]) {
  double tmp[rows][cols];
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) tmp[r][c] = r * 0.5 + c;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) out[r][c] = tmp[rows - 1 - r][c];
}

/* alloca inside a loop: the frame grows each iteration. */
size_t alloca_loop(const size_t *sizes, int n) {
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    char *p = __builtin_alloca(sizes[i]);
    memset(p, i, sizes[i]);
    sink(p, sizes[i]);
    total += sizes[i];
  }
  return total;
}

/* A VLA in a nested scope is released at the end of each iteration. */
int scoped_vla(int n, int reps) {
  int acc = 0;
  for (int r = 0; r < reps; r++) {
    char buf[n + r];
    memset(buf, r, sizeof buf);
    sink(buf, sizeof buf);
    acc += buf[0];
  }
  return acc;
}

int aligned_alloca(int n) {
  void *p = __builtin_alloca_with_align((size_t)n, 512);
  sink(p, (size_t)n);
  return (int)((uintptr_t)p & 63);
}
