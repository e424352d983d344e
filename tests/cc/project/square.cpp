#include "shapes.h"

namespace {
struct Square {
    int side;
    int area() const { return side * side; }
};
} // namespace

extern "C" int cxx_area(int side) { return Square{side}.area(); }
