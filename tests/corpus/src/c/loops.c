#include "common.h"

void matmul(int n, const double *a, const double *b, double *c) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c[i * n + j] = s;
    }
}

uint32_t crc32(const uint8_t *p, size_t n) {
  uint32_t crc = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
  }
  return ~crc;
}

int64_t prefix_sums(int32_t *v, int n) {
  int64_t s = 0;
  for (int i = 0; i < n; i++) { s += v[i]; v[i] = (int32_t)s; }
  return s;
}

int histogram(const uint8_t *p, size_t n, uint32_t out[256]) {
  uint32_t h[256] = {0};
  for (size_t i = 0; i < n; i++) h[p[i]]++;
  int max = 0;
  for (int i = 0; i < 256; i++) { out[i] = h[i]; if (h[i] > h[max]) max = i; }
  return max;
}

/* A sieve with a local bitmap. */
int count_primes(void) {
  uint8_t composite[4096];
  memset(composite, 0, sizeof composite);
  int count = 0;
  for (int i = 2; i < 4096; i++) {
    if (composite[i]) continue;
    count++;
    for (int j = i * 2; j < 4096; j += i) composite[j] = 1;
  }
  return count;
}

void stencil(float *restrict out, const float *restrict in, int w, int h) {
  for (int y = 1; y < h - 1; y++)
    for (int x = 1; x < w - 1; x++)
      out[y * w + x] = 0.25f * (in[(y - 1) * w + x] + in[(y + 1) * w + x] + in[y * w + x - 1] +
                                in[y * w + x + 1]);
}
