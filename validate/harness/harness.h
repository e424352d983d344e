/* The validation harness's view of a corpus program: the entry table that xtask generates. */
#ifndef STACKBOUND_VALIDATE_HARNESS_H
#define STACKBOUND_VALIDATE_HARNESS_H

typedef long (*sb_entry_fn)(long);

struct sb_entry {
    const char *name;
    sb_entry_fn fn;
    long arg;
};

extern const struct sb_entry sb_entries[];
extern const int sb_entry_count;

/* trampoline_<arch>.S: switches SP to `top` (16-byte aligned), calls fn(arg) there, restores SP.
 * `top` is the caller's SP at the call, S0: the reference every depth in the report is below. */
long sb_call_on_stack(void *top, sb_entry_fn fn, long arg);

/* trampoline_<arch>.S: touches exactly SB_SELFTEST_DEPTH bytes below its caller's SP. */
long sb_selftest(long x);
#if defined(__x86_64__)
#define SB_SELFTEST_DEPTH 264 /* return address + 256 */
#elif defined(__aarch64__) || defined(__arm__) || defined(__riscv)
#define SB_SELFTEST_DEPTH 256 /* the call instruction stores nothing */
#else
#error "validate/harness supports x86-64, AArch64, ARM and RISC-V"
#endif

#endif
