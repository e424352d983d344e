// Context switch for the green-thread runtime (x86-64 System V). See README.md for the stack
// layout and what each routine costs in stack bytes; the numbers there are read off this code.
        .text

// long gt_switch(void **save_sp, void *new_sp, long value)
// Pushes the callee-saved registers, stores SP in *save_sp, switches to new_sp, pops the
// registers saved there and returns `value` to whoever saved them.
        .globl  gt_switch
        .type   gt_switch,@function
gt_switch:
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        movq    %rdx, %rax
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        retq
        .size   gt_switch, .-gt_switch

// void gt_yield(void): called by a task. Below the caller's SP it uses the return address
// (8) and six pushes (48): 56 bytes, then SP leaves the task's stack. Returns 0 to the scheduler.
        .globl  gt_yield
        .type   gt_yield,@function
gt_yield:
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    gt_cur_sp_slot(%rip), %rax
        movq    %rsp, (%rax)
        movq    gt_sched_sp(%rip), %rsp
        xorl    %eax, %eax
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        retq
        .size   gt_yield, .-gt_yield

// The first context of a task. gt_switch pops r15, r14, r13, r12, rbx, rbp and returns here;
// the task's initial frame (56 bytes above S0, built by gt_spawn) holds: r13 = S0, r12 = the
// argument, rbx = the task function. The call happens at SP = S0, 16-byte aligned; after the
// task returns, the result is stored and the scheduler resumed without pushing anything.
        .globl  gt_start
        .type   gt_start,@function
gt_start:
        movq    %r13, %rsp
        movq    %r12, %rdi
        callq   *%rbx
        movq    gt_cur_result(%rip), %rcx
        movq    %rax, (%rcx)
        movq    gt_sched_sp(%rip), %rsp
        movl    $1, %eax
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        retq
        .size   gt_start, .-gt_start

        .section .note.GNU-stack,"",@progbits
