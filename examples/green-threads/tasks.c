// The green threads' code: compiled to IR by clang-22, annotated by `stackbound annotate` and
// compiled by the custom llc from that annotated module. Every task's argument drives its
// worst path, and the deepest frame on it writes its lowest bytes, so a stack 64 bytes smaller
// than the bound faults (README.md).
#define NOINLINE __attribute__((noinline))

void gt_yield(void); // switch_*.S: 56 bytes below the caller's SP on x86-64, 160 on AArch64

// The deepest frame of most paths: fills a 96-byte buffer, lowest byte first.
NOINLINE long leaf(long x) {
  volatile char buf[96];
  for (int i = 0; i < 96; i++)
    buf[i] = (char)(x + i);
  long s = 0;
  for (int i = 0; i < 96; i++)
    s += buf[i];
  return s;
}

// deep_chain: six frames, each with its own locals, down to `leaf` (not recursive).
#define LEVEL(name, next, n)                                                   \
  NOINLINE long name(long x) {                                                 \
    volatile long a[n];                                                        \
    for (int i = 0; i < n; i++)                                                \
      a[i] = x + i;                                                            \
    long r = next(x + 1);                                                      \
    return r + a[0] + a[n - 1];                                                \
  }
LEVEL(level5, leaf, 3)
LEVEL(level4, level5, 7)
LEVEL(level3, level4, 2)
LEVEL(level2, level3, 12)
LEVEL(level1, level2, 5)
long deep_chain(long x) { return level1(x) + 1; }

// big_locals: a 3000-byte array, then the leaf below it.
long big_locals(long x) {
  volatile char big[3000];
  for (int i = 0; i < 3000; i++)
    big[i] = (char)(x ^ i);
  return leaf(big[x % 3000]) + big[2999];
}

// struct_copy: a 120-byte struct passed by value (copied into the argument area on x86-64, to
// a temporary passed by reference on AArch64).
struct big {
  long v[15];
};
NOINLINE long take_struct(struct big b) {
  long s = 0;
  for (int i = 0; i < 15; i++)
    s += b.v[i] * (i + 1);
  return s + leaf(s);
}
long struct_copy(long x) {
  struct big b;
  for (int i = 0; i < 15; i++)
    b.v[i] = x + i;
  return take_struct(b) + 1;
}

// dispatch: an indirect call, bounded with --resolve-indirect by its candidates (the two
// address-taken `long (long)` functions); the argument picks the deeper one.
NOINLINE long op_small(long x) { return leaf(x) * 2; }
NOINLINE long op_big(long x) {
  volatile char buf[640];
  for (int i = 0; i < 640; i++)
    buf[i] = (char)(x + i);
  return buf[x % 640] + buf[0];
}
long (*const volatile ops[2])(long) = {op_small, op_big};
long dispatch(long x) { return ops[x & 1](x) + 1; }

// yielder: yields at two depths; the deepest point is gt_yield's frame below yield_deep's.
NOINLINE long yield_deep(long x) {
  volatile char buf[200];
  for (int i = 0; i < 200; i++)
    buf[i] = (char)(x + i);
  gt_yield();
  return buf[0] + buf[199];
}
long yielder(long x) {
  long s = 0;
  for (int i = 0; i < 3; i++) {
    s += yield_deep(x + i);
    gt_yield();
  }
  return s;
}
