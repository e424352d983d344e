/* The derived classes of Shape: defined, and their vtables emitted, only here. */
#include "cpp_cross_module.h"
#include "sb.h"

namespace {
struct Square final : Shape {
    long area(long x) const override { return x * x; }
};

struct Blob final : Shape {
    long area(long x) const override {
        volatile long cells[300];
        for (long k = 0; k < 300; k++)
            cells[k] = x + k;
        return cells[x % 300];
    }
};

struct Line final : Shape {
    long area(long x) const override {
        volatile long cells[20];
        for (long k = 0; k < 20; k++)
            cells[k] = x - k;
        return cells[x % 20];
    }
};

Square square;
Blob blob;
Line line;
Shape *const shapes[3] = {&square, &blob, &line};
} // namespace

Shape *shape_at(long k) { return shapes[k % 3]; }
