/* The design note's foo/foo2 (../../../shared/seeds, "Explicitly Managed Stack Frames"), in
 * continuation-passing style: every frame lives in a bump arena, every call is a guaranteed tail
 * call (`musttail`), so the machine stack stays the same size however deep the logical recursion.
 *
 * The logical (direct-style) program, with a recursion depth n:
 *
 *     long foo(long n) { long X = 4; long Y = bar(n, 14); return X * Y % P; }
 *     long bar(long n, long v) { return n == 0 ? v : foo(n - 1) + v; }
 *
 * `direct_run` below is exactly that, on the system stack, for comparison.
 */
#define P 1000003

typedef struct cont cont;
/* A continuation: the function to continue with and the frame it continues in (the note's
 * `continuation Next = { foo2, fooSF }`). It is called as Next->F(Next, value). */
typedef long (*cont_fn)(cont *k, long v);
struct cont {
    cont_fn F;
    void *SF;
};

/* The explicitly managed stack: a bump arena (the note's `gcalloc`); `cps_run` resets it. */
static _Alignas(16) unsigned char arena[16 << 20];
static unsigned long arena_top;

static void *gcalloc(unsigned long size) {
    void *p = &arena[arena_top];
    arena_top += (size + 15) & ~15ul;
    return p;
}

/* An ordinary C function, called (not tail-called) from the CPS code: it runs on the system stack
 * below the caller's frame and returns, as the note's "calls to external C functions" do. */
__attribute__((noinline)) long mulmod(long a, long b) {
    volatile long scratch[4] = {a, b, a * b, 0};
    scratch[3] = scratch[2] % P;
    return scratch[3];
}

/* foo's frame, with the continuation `{ foo2, fooSF }` inside it. */
struct foo_sf {
    cont *C;
    long X, Y;
    cont next;
};
struct bar_sf {
    cont *C;
    long v;
    cont next;
};

long foo(cont *C, long n);
long foo2(cont *C, long Y);
long bar(cont *C, long n);
long bar2(cont *C, long Y);

/* int foo(continuation C) { fooSF = gcalloc {C, X, Y}; ...; return bar(Next, 14); } */
__attribute__((noinline)) long foo(cont *C, long n) {
    struct foo_sf *sf = gcalloc(sizeof *sf);
    sf->C = C;
    sf->X = 4;
    sf->next = (cont){foo2, sf};
    __attribute__((musttail)) return bar(&sf->next, n);
}

/* int foo2(continuation C, int Y) { fooSF = C->SF; fooSF->Y = Y; Next = fooSF->C;
 *                                   return Next->F(Next, fooSF->X * fooSF->Y); } */
__attribute__((noinline)) long foo2(cont *C, long Y) {
    struct foo_sf *sf = C->SF;
    sf->Y = Y;
    cont *next = sf->C;
    long v = mulmod(sf->X, sf->Y);
    __attribute__((musttail)) return next->F(next, v);
}

/* bar(n, v = 14): n == 0 ? v : foo(n - 1) + v */
__attribute__((noinline)) long bar(cont *C, long n) {
    if (n == 0)
        __attribute__((musttail)) return C->F(C, 14);
    struct bar_sf *sf = gcalloc(sizeof *sf);
    sf->C = C;
    sf->v = 14;
    sf->next = (cont){bar2, sf};
    __attribute__((musttail)) return foo(&sf->next, n - 1);
}

__attribute__((noinline)) long bar2(cont *C, long Y) {
    struct bar_sf *sf = C->SF;
    cont *next = sf->C;
    __attribute__((musttail)) return next->F(next, Y + sf->v);
}

/* The final continuation: the only one that returns, to whoever started the computation. */
__attribute__((noinline)) long done(cont *C, long v) {
    (void)C;
    return v;
}

/* foo at logical recursion depth n (n nested foo -> bar -> foo calls), in CPS. */
long cps_run(long n) {
    arena_top = 0;
    static cont halt = {done, 0};
    return foo(&halt, n);
}

/* The same computation in direct style, on the system stack. */
__attribute__((noinline)) long direct_bar(long n, long v);
__attribute__((noinline)) long direct_foo(long n) {
    long X = 4;
    long Y = direct_bar(n, 14);
    return X * Y % P;
}
__attribute__((noinline)) long direct_bar(long n, long v) {
    return n == 0 ? v : direct_foo(n - 1) + v;
}
long direct_run(long n) { return direct_foo(n); }
