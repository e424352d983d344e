#include "common.h"

struct vec3 { double x, y, z; };
struct big { int64_t id; char name[120]; struct vec3 pos[8]; uint32_t flags; };
struct small { int32_t a; int16_t b; int8_t c; };
struct pair { struct small lo, hi; };

struct vec3 vec3_add(struct vec3 a, struct vec3 b) {
  struct vec3 r = { a.x + b.x, a.y + b.y, a.z + b.z };
  return r;
}

double vec3_dot(struct vec3 a, struct vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

/* Passed and returned in memory: the copies become memcpy calls. */
struct big big_update(struct big b, int64_t id) {
  b.id = id;
  b.flags |= 1u << (id & 31);
  for (int i = 0; i < 8; i++)
    b.pos[i] = vec3_add(b.pos[i], b.pos[(i + 1) & 7]);
  return b;
}

static struct big global_big;
struct big *global_ptr = &global_big;

void big_store(const struct big *src) { global_big = *src; }

void big_roundtrip(int64_t id) {
  struct big local = global_big;
  struct big out = big_update(local, id);
  sink(&out, sizeof out);
}

struct pair pair_swap(struct pair p) {
  struct pair r = { p.hi, p.lo };
  return r;
}

int small_sum(struct small s) { return s.a + s.b + s.c; }

int pair_total(struct pair *ps, int n) {
  int t = 0;
  for (int i = 0; i < n; i++) {
    struct pair q = pair_swap(ps[i]);
    t += small_sum(q.lo) - small_sum(q.hi);
  }
  return t;
}

struct with_array { int v[33]; };
struct with_array array_by_value(struct with_array a, int k) {
  for (int i = 0; i < 33; i++) a.v[i] *= k;
  return a;
}

void array_copy_chain(struct with_array *dst, const struct with_array *src, int k) {
  *dst = array_by_value(*src, k);
  *dst = array_by_value(*dst, k + 1);
}
