// validate: about a Cortex-M interrupt handler entered through a software-triggered exception (PendSV): the hardware stacks 104 bytes (extended frame: FP context active) plus 4 of alignment when SP is 4 mod 8, below the SP at the trigger, before the handler's own frame
// validate: entry irq_handler 6 exception
// validate: entry irq_work 6
// validate: targets cortex-m
// validate: cflags -Wno-arm-interrupt-vfp-clobber
// validate: quick
#include "sb.h"

/* harness_bare.c: the handler's argument and result, since an exception passes none. */
extern volatile long sb_exception_arg;
extern volatile long sb_exception_result;

NOINLINE long irq_work(long n) {
    volatile long samples[24];
    long s = 0;
    for (long k = 0; k < 24; k++)
        samples[k] = k * n;
    for (long k = 0; k < 24; k++)
        s += samples[k];
    return s;
}

/* The handler: clang's interrupt attribute on an M-profile target (an ordinary AAPCS function:
 * the hardware saved r0-r3, r12, lr, pc, xPSR and the FP context). */
__attribute__((interrupt("IRQ"))) void irq_handler(void) {
    volatile float scale[4] = {1.0f, 2.0f, 3.0f, 4.0f};
    long n = sb_exception_arg;
    sb_exception_result = irq_work(n) + (long)(scale[n & 3] * 2.0f);
}
