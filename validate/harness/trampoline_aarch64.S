// long sb_call_on_stack(void *top /* x0 */, long (*fn)(long) /* x1 */, long arg /* x2 */)
//
// Runs fn(arg) with SP = top. `blr` stores nothing, so the callee's depth starts at 0 below top,
// the report's reference on AArch64. X29 is callee-saved, so it still holds our frame when fn
// returns and SP is restored from it.
        .text
        .globl  sb_call_on_stack
        .type   sb_call_on_stack,%function
        .p2align 2
sb_call_on_stack:
        .cfi_startproc
        stp     x29, x30, [sp, #-16]!
        .cfi_def_cfa_offset 16
        .cfi_offset w30, -8
        .cfi_offset w29, -16
        mov     x29, sp
        .cfi_def_cfa w29, 16
        mov     sp, x0
        mov     x0, x2
        blr     x1
        mov     sp, x29
        .cfi_def_cfa wsp, 16
        ldp     x29, x30, [sp], #16
        .cfi_def_cfa_offset 0
        .cfi_restore w30
        .cfi_restore w29
        ret
        .cfi_endproc
        .size   sb_call_on_stack, .-sb_call_on_stack

// long sb_selftest(long x): touches exactly 256 bytes below its caller's SP (`bl` stores nothing).
// The harness measures it first: any other answer means the measurement itself is wrong.
        .globl  sb_selftest
        .type   sb_selftest,%function
        .p2align 2
sb_selftest:
        sub     sp, sp, #256
        str     xzr, [sp]
        add     sp, sp, #256
        ret
        .size   sb_selftest, .-sb_selftest

        .section .note.GNU-stack,"",@progbits
