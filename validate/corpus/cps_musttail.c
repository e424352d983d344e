// validate: about continuation-passing cycles of 1, 2 and 5 C functions, every call __attribute__((musttail)), with 3 and with 10 arguments (stack arguments): constant stack at depths 1, 1000, 100000
// validate: targets !riscv64 !riscv32
// validate: entry m1 1
// validate: entry m1 1000
// validate: entry m1 100000
// validate: entry m2 1
// validate: entry m2 1000
// validate: entry m2 100000
// validate: entry m5 1
// validate: entry m5 1000
// validate: entry m5 100000
// validate: entry s1 1
// validate: entry s1 1000
// validate: entry s1 100000
// validate: entry s2 1
// validate: entry s2 1000
// validate: entry s2 100000
// validate: entry s5 1
// validate: entry s5 1000
// validate: entry s5 100000
// validate: quick
// validate: requires tail-call
//
// The C form of cps_tailcc.ll / cps_tailcc_stack.ll: each step pushes a continuation frame
// {next, n} onto a bump arena and tail-calls (musttail) the next member of the cycle; the
// final continuation, ret_k, walks the chain by self tail calls. Each member calls a leaf on
// the system stack; member 1's is the deepest. The s* cycles pass 10 longs: 4 on the stack on
// x86-64, 2 on AArch64 (C convention: the caller's incoming argument area is reused).
#include "sb.h"

typedef struct frame {
    struct frame *next;
    long n;
} frame;

static frame arena[2 * 100000 + 16];
static long top;

static frame *push(frame *k, long n) {
    frame *f = &arena[top++];
    f->next = k;
    f->n = n;
    return f;
}

#define LEAF(W)                                                                                    \
    __attribute__((noinline)) static void leaf##W(long v) {                                       \
        volatile long buf[W];                                                                      \
        for (long i = 0; i < W; i++)                                                               \
            buf[i] = v + i;                                                                        \
    }
LEAF(4)
LEAF(6)
LEAF(8)
LEAF(12)
LEAF(24)

/* Register arguments: (k, n, x). */
typedef long rfn(frame *k, long n, long x);
__attribute__((noinline)) static long rret(frame *k, long n, long x) {
    if (!k)
        return n ^ x;
    __attribute__((musttail)) return rret(k->next, (n * 31 + k->n) & 0xffffffff, x + 1);
}
#define RMEMBER(NAME, LEAFW, NEXT, IDX)                                                            \
    rfn NEXT;                                                                                      \
    __attribute__((noinline)) long NAME(frame *k, long n, long x) {                               \
        leaf##LEAFW(n);                                                                            \
        if (n == 0)                                                                                \
            __attribute__((musttail)) return rret(0, IDX, x);                                      \
        __attribute__((musttail)) return NEXT(push(k, n), n - 1, x + 1);                           \
    }
RMEMBER(r1_0, 4, r1_0, 1)
RMEMBER(r2_0, 4, r2_1, 1)
RMEMBER(r2_1, 24, r2_0, 2)
RMEMBER(r5_0, 4, r5_1, 1)
RMEMBER(r5_1, 24, r5_2, 2)
RMEMBER(r5_2, 8, r5_3, 3)
RMEMBER(r5_3, 12, r5_4, 4)
RMEMBER(r5_4, 6, r5_0, 5)

/* Stack arguments: (k, n, a..h), 10 in all. */
#define SPARAMS frame *k, long n, long a, long b, long c, long d, long e, long f, long g, long h
typedef long sfn(SPARAMS);
__attribute__((noinline)) static long sret(SPARAMS) {
    if (!k)
        return n ^ a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
    __attribute__((musttail)) return sret(k->next, (n * 31 + k->n) & 0xffffffff, b, c, d, e, f, g,
                                          h, a);
}
#define SMEMBER(NAME, LEAFW, NEXT, IDX)                                                            \
    sfn NEXT;                                                                                      \
    __attribute__((noinline)) long NAME(SPARAMS) {                                                \
        leaf##LEAFW(n);                                                                            \
        if (n == 0)                                                                                \
            __attribute__((musttail)) return sret(0, IDX, a, b, c, d, e, f, g, h);                 \
        __attribute__((musttail)) return NEXT(push(k, n), n - 1, b, c, d, e, f, g, h, a);          \
    }
SMEMBER(s1_0, 4, s1_0, 1)
SMEMBER(s2_0, 4, s2_1, 1)
SMEMBER(s2_1, 24, s2_0, 2)
SMEMBER(s5_0, 4, s5_1, 1)
SMEMBER(s5_1, 24, s5_2, 2)
SMEMBER(s5_2, 8, s5_3, 3)
SMEMBER(s5_3, 12, s5_4, 4)
SMEMBER(s5_4, 6, s5_0, 5)

#define ENTRY(NAME, CALL)                                                                          \
    long NAME(long n) {                                                                            \
        top = 0;                                                                                   \
        long r = CALL;                                                                             \
        return r + top; /* not a tail call: the entry's caller stays S0 */                          \
    }
ENTRY(m1, r1_0(0, n, 7))
ENTRY(m2, r2_0(0, n, 7))
ENTRY(m5, r5_0(0, n, 7))
ENTRY(s1, s1_0(0, n, 3, 4, 5, 6, 7, 8, 9, 10))
ENTRY(s2, s2_0(0, n, 3, 4, 5, 6, 7, 8, 9, 10))
ENTRY(s5, s5_0(0, n, 3, 4, 5, 6, 7, 8, 9, 10))
