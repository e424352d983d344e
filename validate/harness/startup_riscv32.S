// RV32 startup for the bare-metal harness under qemu-system-riscv32 -M virt -bios none: reset at
// the start of RAM (SP, trap vector, .bss zeroed, main), output on the NS16550 UART, exit through
// the SiFive test device, and a trap handler that reports and exits instead of hanging.
        .section .text.start, "ax", @progbits
        .globl  _start
_start:
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop
        la      sp, __sb_stack_top
        la      t0, sb_trap
        csrw    mtvec, t0
        la      t0, __bss_start
        la      t1, __bss_end
1:      bgeu    t0, t1, 2f
        sw      zero, 0(t0)
        addi    t0, t0, 4
        j       1b
2:      call    main
        tail    sb_exit

        .text
// void sb_write0(const char *s): each byte to the UART's transmit register.
        .globl  sb_write0
        .type   sb_write0,@function
sb_write0:
        li      t0, 0x10000000
1:      lbu     t1, 0(a0)
        beqz    t1, 2f
        sb      t1, 0(t0)
        addi    a0, a0, 1
        j       1b
2:      ret
        .size   sb_write0, .-sb_write0

// void sb_exit(int status): the test device at 0x100000 (0x5555: pass; status << 16 | 0x3333: fail).
        .globl  sb_exit
        .type   sb_exit,@function
sb_exit:
        li      t0, 0x100000
        li      t1, 0x5555
        beqz    a0, 1f
        slli    t1, a0, 16
        li      t2, 0x3333
        or      t1, t1, t2
1:      sw      t1, 0(t0)
2:      j       2b
        .size   sb_exit, .-sb_exit

        .p2align 2
sb_trap:
        la      sp, __sb_stack_top
        la      a0, trap_message
        call    sb_write0
        li      a0, 1
        tail    sb_exit

        .section .rodata
trap_message:
        .asciz  "harness: unexpected trap\n"
