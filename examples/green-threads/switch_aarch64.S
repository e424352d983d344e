// Context switch for the green-thread runtime (AArch64 AAPCS64). See README.md for the stack
// layout and what each routine costs in stack bytes; the numbers there are read off this code.
        .text

// Saves x19-x30 and d8-d15 (160 bytes) at SP - 160.
.macro SAVE
        sub     sp, sp, #160
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8, d9, [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
.endm

.macro RESTORE
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8, d9, [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #160
.endm

// long gt_switch(void **save_sp, void *new_sp, long value)
        .globl  gt_switch
        .type   gt_switch,%function
gt_switch:
        SAVE
        mov     x9, sp
        str     x9, [x0]
        mov     sp, x1
        mov     x0, x2
        RESTORE
        ret
        .size   gt_switch, .-gt_switch

// void gt_yield(void): 160 bytes below the caller's SP (bl pushes nothing), then SP leaves
// the task's stack. Returns 0 to the scheduler.
        .globl  gt_yield
        .type   gt_yield,%function
gt_yield:
        SAVE
        adrp    x9, gt_cur_sp_slot
        ldr     x9, [x9, :lo12:gt_cur_sp_slot]
        mov     x10, sp
        str     x10, [x9]
        adrp    x9, gt_sched_sp
        ldr     x9, [x9, :lo12:gt_sched_sp]
        mov     sp, x9
        mov     x0, #0
        RESTORE
        ret
        .size   gt_yield, .-gt_yield

// The first context of a task: RESTORE pops the 160-byte initial frame above S0 (x19 = the
// task function, x20 = the argument, x21 = S0, x30 = gt_start). The call happens at SP = S0;
// after the task returns, the result is stored and the scheduler resumed without a push.
        .globl  gt_start
        .type   gt_start,%function
gt_start:
        mov     sp, x21
        mov     x0, x20
        blr     x19
        adrp    x9, gt_cur_result
        ldr     x9, [x9, :lo12:gt_cur_result]
        str     x0, [x9]
        adrp    x9, gt_sched_sp
        ldr     x9, [x9, :lo12:gt_sched_sp]
        mov     sp, x9
        mov     x0, #1
        RESTORE
        ret
        .size   gt_start, .-gt_start

        .section .note.GNU-stack,"",%progbits
