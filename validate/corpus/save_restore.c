// validate: about -msave-restore (RISC-V): prologues call __riscv_save_N and epilogues jump to __riscv_restore_N, library routines that move SP inside the callee
// validate: entry sr_entry 9
// validate: entry sr_leafy 4
// validate: targets riscv64 riscv32
// validate: cflags -O2 -msave-restore
// validate: quick
// validate: requires call __riscv_save_0|__riscv_save_1|__riscv_save_2|__riscv_save_3|__riscv_save_4|__riscv_save_5|__riscv_save_6|__riscv_save_7|__riscv_save_8|__riscv_save_9|__riscv_save_10|__riscv_save_11|__riscv_save_12
// validate: requires call __riscv_restore_0|__riscv_restore_1|__riscv_restore_2|__riscv_restore_3|__riscv_restore_4|__riscv_restore_5|__riscv_restore_6|__riscv_restore_7|__riscv_restore_8|__riscv_restore_9|__riscv_restore_10|__riscv_restore_11|__riscv_restore_12
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
