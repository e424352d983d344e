// The vector table of the firmware of tests/tests/firmware.rs, linked into an ELF: word 0 the
// initial stack pointer, then the reset handler, the system exceptions and the interrupts.
// `stackbound fw.elf --entry vectors` takes its roots from it.
int main(void);
void SysTick_Handler(void);
void UART0_IRQHandler(void);
void DMA_IRQHandler(void);

void Reset_Handler(void) {
    main();
    for (;;)
        ;
}

// Every exception the program does not handle.
void Default_Handler(void) {
    for (;;)
        ;
}

__attribute__((used, retain, section(".isr_vector"))) void (*const vector_table[18])(void) = {
    (void (*)(void))0x20010000, // initial SP: the top of SRAM
    Reset_Handler,
    Default_Handler,  // NMI
    Default_Handler,  // HardFault
    [11] = Default_Handler, // SVCall
    [14] = Default_Handler, // PendSV
    [15] = SysTick_Handler,
    [16] = UART0_IRQHandler,
    [17] = DMA_IRQHandler,
};
