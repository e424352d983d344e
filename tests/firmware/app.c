// A Cortex-M program of two modules: the thread code (this file) and the interrupt handlers
// (irq.c). tests/tests/firmware.rs bounds it with stackbound; its expected numbers are read
// off the assembly in its comments.
volatile int ticks;
volatile char uart_buf[64];

void log_event(int code);
int checksum(const volatile char *p, int n);

static void __attribute__((noinline)) step(int i) {
    volatile int scratch[8];
    for (int k = 0; k < 8; k++)
        scratch[k] = i + k;
    log_event(scratch[i & 7]);
}

int main(void) {
    for (int i = 0;; i++) {
        step(i);
        if (checksum(uart_buf, 64) == 0x55)
            return 1;
    }
}

void unused_self_test(void) {
    volatile int big[256];
    big[0] = 1;
    log_event(big[0]);
}
