// validate: about dynamic TLS from the initial set: a general-dynamic and a local-dynamic `__thread` module in shared libraries the test binary needs (DT_NEEDED), so their TLS is static, allocated at startup
// validate: targets x86_64
// validate: shared tls_sgd.c
// validate: shared tls_sld.c
// validate: entry tls_sgd_entry 5
// validate: entry tls_sld_entry 7
// validate: assume __tls_get_addr=1024
// validate: requires call __tls_get_addr
// validate: requires asm <__tls_get_addr@plt>
//
// The same code as tls_dlopen (see there for what glibc 2.36 does and for the assumption), but
// linked against the test binary: the libraries are in the initial set, their TLS blocks are in
// the static TLS area, set up for the main thread at startup, and `__tls_get_addr` takes its fast
// path on the painted stack (8 bytes). The bound is the same; the measurement is the fast path.
// The executable itself has no TLS module: lld would relax a general- or local-dynamic access in
// it to local-exec (no call), so the modules that touch TLS are in the libraries only.
#include "sb.h"

long gd_touch(long x);
long ld_touch(long x);

long tls_sgd_entry(long x) { return gd_touch(OPAQUE(x)) + 1; }

long tls_sld_entry(long x) { return ld_touch(OPAQUE(x)) + 2; }
