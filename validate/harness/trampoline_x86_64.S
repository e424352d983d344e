// long sb_call_on_stack(void *top /* rdi */, long (*fn)(long) /* rsi */, long arg /* rdx */)
//
// Runs fn(arg) with RSP = top. The `call` pushes the return address at top-8, exactly as a caller
// whose RSP is `top` would: the report's depths are bytes below that RSP (return address included).
// RBP is callee-saved, so it still holds our frame when fn returns and RSP is restored from it.
        .text
        .globl  sb_call_on_stack
        .type   sb_call_on_stack,@function
        .p2align 4
sb_call_on_stack:
        .cfi_startproc
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        movq    %rdi, %rsp
        movq    %rdx, %rdi
        callq   *%rsi
        movq    %rbp, %rsp
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        retq
        .cfi_endproc
        .size   sb_call_on_stack, .-sb_call_on_stack

// long sb_selftest(long x): touches exactly 8 (its return address) + 256 bytes below its caller's
// RSP. The harness measures it first: any other answer means the measurement itself is wrong.
        .globl  sb_selftest
        .type   sb_selftest,@function
        .p2align 4
sb_selftest:
        subq    $256, %rsp
        movq    $0, (%rsp)
        addq    $256, %rsp
        movq    %rdi, %rax
        retq
        .size   sb_selftest, .-sb_selftest

        .section .note.GNU-stack,"",@progbits
