// validate: about 128-bit division: __udivti3/__divti3/__umodti3/__modti3 libcalls (analysed, from validate/rt)
// validate: entry div_u128 12345
// validate: entry div_i128 -777
// validate: entry mod_mixed 99
// validate: quick
// validate: targets !armv7 !cortex-m !riscv32
// validate: requires call __udivti3
// validate: requires call __divti3
// validate: requires call __umodti3
// validate: requires call __modti3
#include "sb.h"

typedef unsigned __int128 u128;
typedef __int128 i128;

NOINLINE u128 udiv(u128 a, u128 b) { return a / b; }
NOINLINE i128 sdiv(i128 a, i128 b) { return a / b; }
NOINLINE u128 umod(u128 a, u128 b) { return a % b; }
NOINLINE i128 smod(i128 a, i128 b) { return a % b; }

long div_u128(long x) {
    u128 a = ((u128)(unsigned long)OPAQUE(x) << 70) | 0x1234567;
    u128 b = (u128)(unsigned long)OPAQUE(x + 3) << 3;
    u128 q = udiv(a, b);
    return (long)(q ^ (q >> 64));
}

long div_i128(long x) {
    i128 a = ((i128)OPAQUE(x) << 80) - 5;
    i128 b = (i128)OPAQUE(x / 7 + 1);
    i128 q = sdiv(a, b);
    return (long)(q ^ (q >> 64));
}

long mod_mixed(long x) {
    u128 a = ((u128)(unsigned long)OPAQUE(x) << 90) + 77;
    u128 r = umod(a, (u128)OPAQUE(x) * 1000003u + 1);
    i128 s = smod(-(i128)a, (i128)OPAQUE(x) + 17);
    return (long)r + (long)s;
}
