# Hand-written x86-64 functions without records: stackbound reads their depth from the machine
# code. Each depth, counted by hand from the instructions, is in bytes below the caller's SP
# before its call (the return address is the first 8).
        .text

# 8: the return address only.
        .globl  asm_leaf
        .type   asm_leaf,@function
asm_leaf:
        leal    1(%rdi), %eax
        ret
        .size   asm_leaf, .-asm_leaf

# return address 8 + push %rbx 8 + push %r12 8 + sub 32 = 56; `call c_callee` at 56; the
# tail `jmp c_tail` after the epilogue at 0.
        .globl  asm_frame
        .type   asm_frame,@function
asm_frame:
        pushq   %rbx
        pushq   %r12
        subq    $32, %rsp
        movq    %rdi, 8(%rsp)
        callq   c_callee
        addq    $32, %rsp
        popq    %r12
        popq    %rbx
        jmp     c_tail
        .size   asm_frame, .-asm_frame

# The red zone: 8 + 48 (`movq %rdi, -48(%rsp)` writes 48 bytes below RSP) = 56.
        .globl  asm_redzone
        .type   asm_redzone,@function
asm_redzone:
        movq    %rdi, -48(%rsp)
        movq    -48(%rsp), %rax
        ret
        .size   asm_redzone, .-asm_redzone

# A loop whose push is popped in each iteration: 8 + 8 = 16.
        .globl  asm_loop
        .type   asm_loop,@function
asm_loop:
        xorl    %eax, %eax
1:      pushq   %rdi
        addq    (%rsp), %rax
        popq    %rdi
        decq    %rdi
        jnz     1b
        ret
        .size   asm_loop, .-asm_loop

# A frame pointer: 8 + push %rbp 8 = 16 in %rbp, sub 24 = 40, and `-40(%rbp)` reaches 16 + 40
# = 56 (red zone below the frame); `leave` restores SP from %rbp.
        .globl  asm_fp
        .type   asm_fp,@function
asm_fp:
        pushq   %rbp
        movq    %rsp, %rbp
        subq    $24, %rsp
        movq    %rdi, -40(%rbp)
        leave
        ret
        .size   asm_fp, .-asm_fp

# Two names for one function (`.weak memcpy; memcpy: __memcpy:` as C libraries write it):
# 8 + push 8 = 16, `call c_callee` at 16.
        .weak   asm_copy
        .globl  __asm_copy
        .type   asm_copy,@function
        .type   __asm_copy,@function
asm_copy:
__asm_copy:
        pushq   %rax
        callq   c_callee
        popq    %rcx
        ret
        .size   asm_copy, .-asm_copy
        .size   __asm_copy, .-__asm_copy

# Negative controls: no number, a reason.
        .globl  asm_indirect
        .type   asm_indirect,@function
asm_indirect:
        jmp     *%rdi
        .size   asm_indirect, .-asm_indirect

        .globl  asm_setsp
        .type   asm_setsp,@function
asm_setsp:
        movq    %rdi, %rsp
        ret
        .size   asm_setsp, .-asm_setsp

        .globl  asm_align
        .type   asm_align,@function
asm_align:
        pushq   %rbp
        movq    %rsp, %rbp
        andq    $-16, %rsp
        leave
        ret
        .size   asm_align, .-asm_align

        .globl  asm_unbalanced
        .type   asm_unbalanced,@function
asm_unbalanced:
        pushq   %rdi
        ret
        .size   asm_unbalanced, .-asm_unbalanced

        .section .note.GNU-stack,"",@progbits
