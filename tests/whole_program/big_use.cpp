// Constructs a Big (a call to the alias _ZN3BigC1Ev) and makes a virtual call through a base
// pointer whose targets are defined in shapes.cpp.
#include "big.h"
extern "C" long use_big(long x) {
    Big b;
    b.buf[0] = (char)x;
    return b.buf[1];
}
extern "C" long use_shape(long x) { return make_shape(x)->area(x); }
