// validate: about -msave-restore (RISC-V): prologues call __riscv_save_N and epilogues jump to __riscv_restore_N, library routines that move SP inside the callee
// validate: entry sr_entry 9
// validate: entry sr_leafy 4
// validate: targets riscv64 riscv32
// validate: cflags -O2 -msave-restore
// validate: quick
// validate: requires asm R_RISCV_CALL_PLT __riscv_save_
// validate: requires asm R_RISCV_CALL_PLT __riscv_restore_
#include "sb.h"

/* The frame: a local array the callee writes, so the depth below the saved registers counts. */
NOINLINE static long fill(volatile long *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k++) {
        p[k] = k * 3 + n;
        s += p[k];
    }
    return s;
}

/* Values live across calls: ra and several s registers saved by a __riscv_save_N routine (which
 * moves SP itself, in 16-byte groups), then the function's own frame below. */
NOINLINE long sr_leafy(long x) {
    volatile long buf[12];
    long a = OPAQUE(x + 1), b = OPAQUE(x * 3), c = OPAQUE(x ^ 5), d = OPAQUE(x - 7);
    long r = fill(buf, 12);
    r += fill(buf, (a & 7) + 1);
    return r + a + b + c + d;
}

long sr_entry(long x) {
    volatile long big[24];
    long a = OPAQUE(x), b = OPAQUE(x + 2), c = OPAQUE(x * 5);
    long r = fill(big, 24) + sr_leafy(a);
    r += sr_leafy(b) + fill(big, (c & 15) + 1);
    return r + a + b + c;
}
