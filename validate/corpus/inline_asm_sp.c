// validate: about flag-only: inline asm that moves SP is invisible to the frame info; the tool must say so
// validate: entry asm_sp_entry 3 expect=partial
// validate: requires flag inline-asm-stack
#include "sb.h"

NOINLINE static long asm_push(long x) {
#if defined(__x86_64__)
    __asm__ volatile("subq $512, %%rsp\n\tmovq %0, (%%rsp)\n\taddq $512, %%rsp" : : "r"(x) : "memory");
#elif defined(__riscv) && __riscv_xlen == 64
    __asm__ volatile("addi sp, sp, -512\n\tsd %0, 0(sp)\n\taddi sp, sp, 512" : : "r"(x) : "memory");
#elif defined(__riscv)
    __asm__ volatile("addi sp, sp, -512\n\tsw %0, 0(sp)\n\taddi sp, sp, 512" : : "r"(x) : "memory");
#else
    __asm__ volatile("sub sp, sp, #512\n\tstr %0, [sp]\n\tadd sp, sp, #512" : : "r"(x) : "memory");
#endif
    return x + 1;
}

long asm_sp_entry(long x) {
    return asm_push(x) * 2;
}
