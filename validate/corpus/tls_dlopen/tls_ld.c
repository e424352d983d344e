// The local-dynamic module of tls_dlopen: two thread-locals private to the library, reached from
// one `__tls_get_addr` call for the module's block (TLS_base_addr64: `leaq x@tlsld(%rip), %rdi;
// call __tls_get_addr@PLT`) plus their `@dtpoff` offsets.
#include "sb.h"

__attribute__((tls_model("local-dynamic"))) static __thread long ld_count;
__attribute__((tls_model("local-dynamic"))) static __thread long ld_cells[32];

long ld_touch(long x) {
    // Volatile, so that the private variables are not optimised away.
    volatile long *count = &ld_count;
    volatile long *cells = ld_cells;
    *count = x;
    cells[x & 31] = x + 5;
    return *count * 2 + cells[x & 31];
}
