// Cortex-M: ARM Linux's sb_call_on_stack and sb_selftest (Thumb-2, the same code), and
// sb_pend_on_stack, which enters an exception handler on a painted stack.
#include "trampoline_armv7.S"

// void sb_pend_on_stack(void *top /* r0 */)
//
// Sets SP = top and pends PendSV (ICSR.PENDSVSET); the exception is taken right after the
// barriers, the hardware stacks its frame below top and runs the handler the harness put in the
// vector table, whose return (EXC_RETURN) comes back here. The FP instruction first sets
// CONTROL.FPCA, so the frame is the extended one (104 bytes: r0-r3, r12, lr, pc, xPSR, s0-s15,
// FPSCR, a reserved word), the larger of the two. R7 holds our SP across it.
        .syntax unified
        .thumb
        .text
        .globl  sb_pend_on_stack
        .type   sb_pend_on_stack,%function
        .p2align 2
        .thumb_func
sb_pend_on_stack:
        push    {r4, r5, r7, lr}
        mov     r7, sp
        vmov    s0, r0
        ldr     r4, =0xE000ED04
        mov.w   r5, #0x10000000
        mov     sp, r0
        str     r5, [r4]
        dsb
        isb
        mov     sp, r7
        pop     {r4, r5, r7, pc}
        .ltorg
        .size   sb_pend_on_stack, .-sb_pend_on_stack

// void sb_selftest_exception(void): a handler that touches nothing itself. Entered through
// sb_pend_on_stack, its depth is the hardware's alone: the 104-byte extended frame, plus 4 bytes
// of alignment padding when SP is 4 mod 8 at the trigger. The harness measures it first.
        .globl  sb_selftest_exception
        .type   sb_selftest_exception,%function
        .p2align 2
        .thumb_func
sb_selftest_exception:
        bx      lr
        .size   sb_selftest_exception, .-sb_selftest_exception
