// validate: about SVE: scalable vectors spilled across calls (addvl frames), run at the largest vector length (2048 bits)
// validate: entry sve_entry 9
// validate: targets aarch64
// validate: cflags -march=armv8-a+sve
// validate: qemu-cpu max,sve-default-vector-length=256
// validate: requires flag scalable-stack
// validate: requires asm addvl sp, sp, #-0x3
// validate: quick
#include <arm_sve.h>
#include "sb.h"

NOINLINE static long ext(long x) {
    return x * 3 + 1;
}

/* Three vectors live across calls: three VL-sized spill slots. The bound charges the largest VL
 * the architecture allows (256 bytes), and qemu runs with exactly that VL. */
NOINLINE static long sve_sum(long n) {
    svint64_t a = svindex_s64(n, 1);
    svint64_t b = svindex_s64(2 * n, 3);
    long r = ext(n);
    svint64_t c = svadd_s64_x(svptrue_b64(), a, b);
    long r2 = ext(r);
    c = svmul_s64_x(svptrue_b64(), c, a);
    return svaddv_s64(svptrue_b64(), c) + r + r2 + svaddv_s64(svptrue_b64(), b);
}

long sve_entry(long n) {
    return sve_sum(n) + 1;
}
