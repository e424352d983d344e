/* The bare-metal harness's view of a corpus program (harness_bare.c): the entry table and the run
 * parameters that xtask generates, since a bare-metal program has no command line. */
#ifndef STACKBOUND_VALIDATE_HARNESS_BARE_H
#define STACKBOUND_VALIDATE_HARNESS_BARE_H

#include "harness.h"

struct sb_bare_entry {
    const char *name;
    sb_entry_fn fn;
    long arg;
    /* 1: an exception handler, entered through a software-triggered exception (Cortex-M PendSV)
     * instead of a call; it takes its argument from sb_exception_arg and leaves its result in
     * sb_exception_result. */
    int exception;
};

extern const struct sb_bare_entry sb_bare_entries[];
extern const int sb_bare_entry_count;
/* `// validate: stack` and `sp-offsets`. */
extern const unsigned long sb_stack_bytes;
extern const long sb_offsets;
extern const long sb_offset_step;

extern volatile long sb_exception_arg;
extern volatile long sb_exception_result;

/* startup_<arch>.S: the painted region (linker script), output and exit. */
extern unsigned char __sb_region_start[], __sb_region_end[];
void sb_write0(const char *s);
__attribute__((noreturn)) void sb_exit(int status);

#ifdef __arm__
/* trampoline_cortex_m.S: SP = top, then pend PendSV, whose vector is `handler`. */
void sb_pend_on_stack(void *top);
/* startup_cortex_m.S: the vector table (in RAM), slot 14 is PendSV. */
extern unsigned long sb_vectors[];
/* trampoline_cortex_m.S: a handler that touches nothing; entered through PendSV at both SP
 * alignments, only the hardware writes: the extended frame (104) plus 4 bytes of padding. */
void sb_selftest_exception(void);
#define SB_EXCEPTION_SELFTEST_DEPTH 108
#endif

#endif
