// Hand-written AArch64 functions without records: stackbound reads their depth from the
// machine code. `bl` pushes nothing: depths start at 0 below the caller's SP.
        .text

// 0: no stack.
        .globl  asm_leaf
        .type   asm_leaf,%function
asm_leaf:
        add     w0, w0, #1
        ret
        .size   asm_leaf, .-asm_leaf

// stp pre-index 32 + sub 16 = 48; `bl c_callee` at 48; the tail `b c_tail` at 0.
        .globl  asm_frame
        .type   asm_frame,%function
asm_frame:
        stp     x29, x30, [sp, #-32]!
        mov     x29, sp
        sub     sp, sp, #16
        str     x0, [sp, #8]
        bl      c_callee
        add     sp, sp, #16
        ldp     x29, x30, [sp], #32
        b       c_tail
        .size   asm_frame, .-asm_frame

// Below SP: `stur x0, [sp, #-48]` writes 48 bytes down.
        .globl  asm_redzone
        .type   asm_redzone,%function
asm_redzone:
        stur    x0, [sp, #-48]
        ldur    x0, [sp, #-48]
        ret
        .size   asm_redzone, .-asm_redzone

// A loop that pushes 16 and pops it in each iteration: 16.
        .globl  asm_loop
        .type   asm_loop,%function
asm_loop:
1:      stp     x0, x1, [sp, #-16]!
        ldp     x0, x1, [sp], #16
        subs    x0, x0, #1
        b.ne    1b
        ret
        .size   asm_loop, .-asm_loop

// A literal pool inside the symbol, after the return: never decoded. 0.
        .globl  asm_pool
        .type   asm_pool,%function
asm_pool:
        ldr     x0, 1f
        ret
        .p2align 3
1:      .quad   0xffffffffffffffff
        .size   asm_pool, .-asm_pool

// Two names for one function: stp pre-index 16, `bl c_callee` at 16.
        .weak   asm_copy
        .globl  __asm_copy
        .type   asm_copy,%function
        .type   __asm_copy,%function
asm_copy:
__asm_copy:
        stp     x29, x30, [sp, #-16]!
        bl      c_callee
        ldp     x29, x30, [sp], #16
        ret
        .size   asm_copy, .-asm_copy
        .size   __asm_copy, .-__asm_copy

// Negative controls: no number, a reason.
        .globl  asm_indirect
        .type   asm_indirect,%function
asm_indirect:
        br      x0
        .size   asm_indirect, .-asm_indirect

        .globl  asm_setsp
        .type   asm_setsp,%function
asm_setsp:
        mov     sp, x0
        ret
        .size   asm_setsp, .-asm_setsp

        .globl  asm_align
        .type   asm_align,%function
asm_align:
        and     sp, x0, #-16
        ret
        .size   asm_align, .-asm_align

        .globl  asm_unbalanced
        .type   asm_unbalanced,%function
asm_unbalanced:
        sub     sp, sp, #16
        ret
        .size   asm_unbalanced, .-asm_unbalanced
