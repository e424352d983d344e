// The general-dynamic module of tls_shared: a thread-local array with default visibility, so
// code in a shared library must ask `__tls_get_addr` for its address (TLS_addr64: `data16 leaq
// x@tlsgd(%rip), %rdi; data16 data16 rex64 call __tls_get_addr@PLT`).
#include "sb.h"

__attribute__((tls_model("global-dynamic"))) __thread long gd_cells[64];

long gd_touch(long x) {
    gd_cells[x & 63] = x * 3;
    return gd_cells[x & 63] + 1;
}
