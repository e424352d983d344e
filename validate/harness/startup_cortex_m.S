// Cortex-M startup for the bare-metal harness under qemu-system-arm -M mps2-an386 (Cortex-M4F):
// the vector table (writable: the harness puts each exception entry into the PendSV slot), reset
// (FPU on, .bss zeroed, main), semihosting output and exit, and a fault handler that reports and
// exits instead of hanging.
        .syntax unified
        .thumb

        .section .vectors, "aw", %progbits
        .globl  sb_vectors
        .p2align 8
sb_vectors:
        .word   __sb_msp_top
        .word   sb_reset
        .rept   14                      // NMI .. SysTick; PendSV (14) is set per entry
        .word   sb_fault
        .endr
        .rept   32                      // external interrupts
        .word   sb_fault
        .endr

        .text
        .globl  sb_reset
        .type   sb_reset,%function
        .thumb_func
sb_reset:
        // CPACR: full access to CP10 and CP11 (the FPU).
        ldr     r0, =0xE000ED88
        ldr     r1, [r0]
        orr     r1, r1, #(0xF << 20)
        str     r1, [r0]
        dsb
        isb
        ldr     r0, =__bss_start
        ldr     r1, =__bss_end
        movs    r2, #0
1:      cmp     r0, r1
        bhs     2f
        str     r2, [r0], #4
        b       1b
2:      bl      main
        b       sb_exit
        .ltorg
        .size   sb_reset, .-sb_reset

// void sb_write0(const char *s): semihosting SYS_WRITE0.
        .globl  sb_write0
        .type   sb_write0,%function
        .thumb_func
sb_write0:
        mov     r1, r0
        movs    r0, #0x04
        bkpt    0xab
        bx      lr
        .size   sb_write0, .-sb_write0

// void sb_exit(int status): semihosting SYS_EXIT; qemu exits 0 for ApplicationExit, 1 otherwise.
        .globl  sb_exit
        .type   sb_exit,%function
        .thumb_func
sb_exit:
        ldr     r1, =0x20026            // ADP_Stopped_ApplicationExit
        cmp     r0, #0
        beq     1f
        ldr     r1, =0x20023            // ADP_Stopped_RunTimeErrorUnknown
1:      movs    r0, #0x18
        bkpt    0xab
        b       .
        .ltorg
        .size   sb_exit, .-sb_exit

        .type   sb_fault,%function
        .thumb_func
sb_fault:
        ldr     r0, =fault_message
        bl      sb_write0
        movs    r0, #1
        b       sb_exit
        .ltorg
        .size   sb_fault, .-sb_fault

        .section .rodata
fault_message:
        .asciz  "harness: unexpected exception or fault\n"
