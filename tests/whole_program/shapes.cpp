// The derived classes, defined only here; their vtables take their methods' addresses.
#include "big.h"
namespace {
struct Square : Shape {
    long area(long s) const override { return s * s; }
};
struct Blob : Shape {
    long area(long s) const override {
        char cells[1500];
        cells[0] = (char)s;
        consume(cells);
        return cells[1];
    }
};
Square square;
Blob blob;
} // namespace
Shape *make_shape(long kind) { return kind ? static_cast<Shape *>(&blob) : &square; }
void consume(char *p) { __asm__ volatile("" : : "r"(p) : "memory"); }
