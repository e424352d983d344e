// Big::Big() and Big::~Big(): clang emits the complete-object C1/D1 as aliases of C2/D2.
#include "big.h"
Big::Big() {
    char tmp[1024];
    consume(tmp);
    consume(buf);
}
Big::~Big() {
    char tmp[512];
    consume(tmp);
    consume(buf);
}
