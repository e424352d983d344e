// validate: about several C++ modules: constructor and destructor (C1/D1 aliases of C2/D2) defined in another module, a virtual call whose overriders are defined in a third
// validate: entry cpp_construct 9
// validate: entry cpp_virtual_call 2
// validate: sources big.cpp shapes.cpp
// validate: resolve-indirect
// validate: requires call _ZN3BigC1El
// validate: requires call _ZN3BigD1Ev
#include "cpp_cross_module.h"
#include "sb.h"

extern "C" long cpp_construct(long x) {
    Big b(x);
    return b.sum();
}

extern "C" long cpp_virtual_call(long x) {
    long s = 0;
    for (long k = 0; k <= OPAQUE(x); k++)
        s += shape_at(OPAQUE(k))->area(x);
    return s;
}
