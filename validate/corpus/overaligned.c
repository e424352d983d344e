// validate: about over-aligned locals: 64-, 256- and 4096-byte alignment realign SP (worst-case slack)
// validate: entry align64 3
// validate: entry align256 7
// validate: entry align4096 11 expect.riscv64=dynamic expect.riscv32=dynamic
// validate: sp-offsets 256
// validate: stack 65536
// validate: quick
// validate: requires.x86_64 flag realigned
// validate: requires.aarch64 flag realigned
// validate: requires.armv7 asm bfc r4, #0, #8
// validate: requires.cortex-m asm bfc r4, #0, #8
// validate: requires.riscv64 asm andi sp, sp, -0x100
// validate: requires.riscv32 asm andi sp, sp, -0x100
#include "sb.h"

NOINLINE long use(volatile unsigned char *p, long n) {
    long s = 0;
    for (long k = 0; k < n; k += 8)
        s += p[k];
    return s;
}

long align64(long x) {
    _Alignas(64) volatile unsigned char buf[64];
    for (int k = 0; k < 64; k++)
        buf[k] = (unsigned char)(x + k);
    return use(buf, 64);
}

long align256(long x) {
    _Alignas(256) volatile unsigned char buf[512];
    for (int k = 0; k < 512; k++)
        buf[k] = (unsigned char)(x ^ k);
    return use(buf, 512);
}

long align4096(long x) {
    _Alignas(4096) volatile unsigned char page[4096];
    for (int k = 0; k < 4096; k++)
        page[k] = (unsigned char)(x * k);
    return use(page, 4096);
}
