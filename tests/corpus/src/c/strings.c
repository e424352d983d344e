#include "common.h"

size_t my_strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

/* Loop idioms that become memset/memcpy at -O2. */
void zero_fill(char *p, size_t n) {
  for (size_t i = 0; i < n; i++) p[i] = 0;
}

void copy_bytes(char *restrict d, const char *restrict s, size_t n) {
  for (size_t i = 0; i < n; i++) d[i] = s[i];
}

char *concat(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *r = malloc(la + lb + 1);
  if (!r) abort();
  memcpy(r, a, la);
  memcpy(r + la, b, lb + 1);
  return r;
}

int starts_with(const char *s, const char *prefix) { return memcmp(s, prefix, strlen(prefix)) == 0; }

void reverse(char *s) {
  size_t n = my_strlen(s);
  for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}

static const char message[] = "the quick brown fox jumps over the lazy dog, again and again";

int local_copy_of_literal(int k) {
  char buf[sizeof message];
  memcpy(buf, message, sizeof message);
  buf[k % (int)sizeof buf] = '!';
  reverse(buf);
  return puts(buf);
}

void shift_left(char *buf, size_t n, size_t by) { memmove(buf, buf + by, n - by); }

int count_words(const char *s) {
  int words = 0, in = 0;
  for (; *s; s++) {
    int sp = *s == ' ' || *s == '\n' || *s == '\t';
    if (!sp && !in) words++;
    in = !sp;
  }
  return words;
}
