// long sb_call_on_stack(void *top /* a0 */, long (*fn)(long) /* a1 */, long arg /* a2 */)
//
// Runs fn(arg) with SP = top. `jalr` stores nothing, so the callee's depth starts at 0 below top,
// the report's reference on RISC-V. S0 is callee-saved, so it still holds our SP when fn returns
// and SP is restored from it. The same file serves RV32 and RV64 (register-sized saves).
#if __riscv_xlen == 64
#define SX sd
#define LX ld
#define XB 8
#else
#define SX sw
#define LX lw
#define XB 4
#endif
        .text
        .globl  sb_call_on_stack
        .type   sb_call_on_stack,@function
        .p2align 2
sb_call_on_stack:
        addi    sp, sp, -16
        SX      ra, (16 - XB)(sp)
        SX      s0, (16 - 2 * XB)(sp)
        mv      s0, sp
        mv      sp, a0
        mv      a0, a2
        jalr    a1
        mv      sp, s0
        LX      ra, (16 - XB)(sp)
        LX      s0, (16 - 2 * XB)(sp)
        addi    sp, sp, 16
        ret
        .size   sb_call_on_stack, .-sb_call_on_stack

// long sb_selftest(long x): touches exactly 256 bytes below its caller's SP (`jal` stores
// nothing). The harness measures it first: any other answer means the measurement itself is wrong.
        .globl  sb_selftest
        .type   sb_selftest,@function
        .p2align 2
sb_selftest:
        addi    sp, sp, -256
        SX      a0, 0(sp)
        addi    sp, sp, 256
        ret
        .size   sb_selftest, .-sb_selftest

#ifdef __linux__
        .section .note.GNU-stack,"",@progbits
#endif
