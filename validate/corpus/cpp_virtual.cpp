// validate: about C++ virtual calls: flagged as indirect, then bounded by --resolve-indirect
// validate: entry shapes_total 4
// validate: entry shapes_raw_indirect 4 expect=indirect
// validate: resolve-indirect
// validate: quick
#include "sb.h"

struct Shape {
    virtual long area(long scale) const = 0;
};

struct Circle : Shape {
    long r;
    long area(long scale) const override { return 3 * r * r * scale; }
};

struct Square : Shape {
    long side;
    long area(long scale) const override {
        volatile long t[4] = {side, side, scale, 1};
        return t[0] * t[1] * t[2] * t[3];
    }
};

/* The deepest implementation: the worst case of every virtual call. */
struct Polygon : Shape {
    long n;
    long area(long scale) const override {
        volatile long pts[48];
        for (int k = 0; k < 48; k++)
            pts[k] = (k * n) ^ scale;
        long s = 0;
        for (int k = 0; k < 48; k++)
            s += pts[k];
        return s;
    }
};

extern "C" void __cxa_pure_virtual() { __builtin_trap(); }

static Circle c;
static Square q;
static Polygon p;

NOINLINE static long total(Shape *const *shapes, long n, long scale) {
    long s = 0;
    for (long k = 0; k < n; k++)
        s += shapes[k]->area(scale);
    return s;
}

/* With the three implementations assumed, a complete bound; the polygon runs, so it is reached. */
extern "C" long shapes_total(long scale) {
    c.r = scale;
    q.side = scale + 1;
    p.n = scale + 2;
    Shape *shapes[3] = {&c, &q, &p};
    return total(shapes, OPAQUE(3L), scale);
}

/* The same call without the assumption: the tool must flag the virtual call, not bound it. */
extern "C" long shapes_raw_indirect(long scale) {
    return shapes_total(scale);
}
