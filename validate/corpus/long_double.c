// validate: about long double: x87 inline on x86-64 (complete); binary128 soft-float libcalls from libgcc on AArch64 (unknown)
// validate: entry ld_poly 7 expect.aarch64=unknown expect.riscv64=unknown expect.riscv32=unknown expect.cortex-m=unknown
// validate: requires.aarch64 call __multf3
#include "sb.h"

NOINLINE long double poly(long double x) {
    long double r = 1;
    for (int k = 0; k < 6; k++)
        r = r * x + (long double)k / 3;
    return r;
}

long ld_poly(long x) {
    return (long)poly((long double)OPAQUE(x) / 10);
}
