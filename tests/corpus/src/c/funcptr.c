#include "common.h"

typedef int (*cmp_fn)(const void *, const void *);
typedef double (*unary_fn)(double);

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int cmp_rev(const void *a, const void *b) { return cmp_int(b, a); }

/* Generic insertion sort through a comparator pointer. */
void generic_sort(void *base, size_t n, size_t sz, cmp_fn cmp) {
  char *b = base;
  char tmp[256];
  for (size_t i = 1; i < n; i++) {
    memcpy(tmp, b + i * sz, sz);
    size_t j = i;
    while (j > 0 && cmp(b + (j - 1) * sz, tmp) > 0) {
      memcpy(b + j * sz, b + (j - 1) * sz, sz);
      j--;
    }
    memcpy(b + j * sz, tmp, sz);
  }
}

void sort_both(int *v, size_t n, int rev) { generic_sort(v, n, sizeof *v, rev ? cmp_rev : cmp_int); }

static double twice(double x) { return 2 * x; }
static double square(double x) { return x * x; }
static double negate(double x) { return -x; }

static const unary_fn table[] = { twice, square, negate, sqrt };

double apply_chain(const unsigned char *ops, int n, double x) {
  for (int i = 0; i < n; i++) x = table[ops[i] & 3](x);
  return x;
}

struct vtable { int (*area)(const void *); void (*scale)(void *, int); const char *name; };
struct shape { const struct vtable *vt; int w, h; };

static int rect_area(const void *s) { const struct shape *r = s; return r->w * r->h; }
static void rect_scale(void *s, int k) { struct shape *r = s; r->w *= k; r->h *= k; }
const struct vtable rect_vt = { rect_area, rect_scale, "rect" };

int total_area(struct shape **shapes, int n, int k) {
  int t = 0;
  for (int i = 0; i < n; i++) {
    shapes[i]->vt->scale(shapes[i], k);
    t += shapes[i]->vt->area(shapes[i]);
  }
  return t;
}

/* An indirect tail call. */
int dispatch(int (*f)(int), int x) { return f(x + 1); }

void (*callbacks[8])(int);
void fire(int ev) {
  for (int i = 0; i < 8; i++)
    if (callbacks[i]) callbacks[i](ev);
}
