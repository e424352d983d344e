// long sb_call_on_stack(void *top /* r0 */, long (*fn)(long) /* r1 */, long arg /* r2 */)
//
// Thumb-2 (ARM Linux and Cortex-M alike). Runs fn(arg) with SP = top. `blx` stores nothing, so
// the callee's depth starts at 0 below top, the report's reference on ARM. R7 is callee-saved,
// so it still holds our SP when fn returns and SP is restored from it.
        .syntax unified
        .thumb
        .text
        .globl  sb_call_on_stack
        .type   sb_call_on_stack,%function
        .p2align 2
        .thumb_func
sb_call_on_stack:
        push    {r7, lr}
        mov     r7, sp
        mov     sp, r0
        mov     r0, r2
        blx     r1
        mov     sp, r7
        pop     {r7, pc}
        .size   sb_call_on_stack, .-sb_call_on_stack

// long sb_selftest(long x): touches exactly 256 bytes below its caller's SP (`bl` stores nothing).
// The harness measures it first: any other answer means the measurement itself is wrong.
        .globl  sb_selftest
        .type   sb_selftest,%function
        .p2align 2
        .thumb_func
sb_selftest:
        sub     sp, sp, #256
        str     r0, [sp]
        add     sp, sp, #256
        bx      lr
        .size   sb_selftest, .-sb_selftest

#ifdef __linux__
        .section .note.GNU-stack,"",%progbits
#endif
