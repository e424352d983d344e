#include "common.h"

/* Many functions that share instruction sequences: the machine outliner
 * (on by default for minsize functions on AArch64) turns the common parts
 * into OUTLINED_FUNCTION_* with frames and calls of their own. */
struct ctx { int64_t a, b, c, d; int64_t *log; int n; };

void note(struct ctx *c, int64_t v);

#define BODY(k)                                   \
  c->a = c->a * 3 + c->b;                         \
  c->b = c->b ^ (c->c << 2);                      \
  c->c = c->c + c->d * 5;                         \
  c->d = c->d - c->a;                             \
  note(c, c->a + (k));                            \
  note(c, c->b - (k));                            \
  c->log[c->n++ & 63] = c->a ^ c->b ^ c->c ^ c->d;

void step0(struct ctx *c) { BODY(0) }
void step1(struct ctx *c) { BODY(1) BODY(11) }
void step2(struct ctx *c) { BODY(2) BODY(12) }
void step3(struct ctx *c) { BODY(3) }
void step4(struct ctx *c) { BODY(4) BODY(14) BODY(24) }
void step5(struct ctx *c) { BODY(5) }
int64_t step6(struct ctx *c, int64_t x) { c->a += x; BODY(6) return c->a; }
int64_t step7(struct ctx *c, int64_t x) { c->b += x; BODY(7) return c->b; }

int64_t run_steps(struct ctx *c, int n) {
  int64_t t = 0;
  for (int i = 0; i < n; i++) {
    step0(c); step1(c); step2(c); step3(c); step4(c); step5(c);
    t += step6(c, i) + step7(c, t);
  }
  return t;
}
