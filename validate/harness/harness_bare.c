/* The runtime half of `cargo xtask validate` on bare metal (Cortex-M under qemu-system-arm,
 * RV32 under qemu-system-riscv32 -M virt): the same measurement as harness.c, without an OS.
 *
 * The painted region is a RAM range of the linker script (__sb_region_start..end) that nothing
 * else uses: the stack of `sb_stack_bytes` from its start, then at least 4 KiB above the top that
 * the entry must never write. There is no guard page; an entry that reaches the bottom of the
 * region is reported as an error instead. Paint, call through sb_call_on_stack with SP = top,
 * scan up for the lowest modified byte, twice (pattern and complement), at `sb_offsets` tops
 * `sb_offset_step` bytes apart, exactly as harness.c; sb_selftest is measured first.
 *
 * An exception entry (Cortex-M) is entered through a software-triggered exception instead: its
 * address goes into the PendSV slot of the vector table, sb_pend_on_stack sets SP = top and pends
 * PendSV, and the hardware stacks its exception frame below top before the handler runs. Each top
 * is tried as given and 4 bytes lower (SP 4 mod 8 at the trigger: the frame then gets 4 bytes of
 * alignment padding), measured from that SP.
 *
 * sb_selftest_exception, a handler that writes nothing, is measured that way first: exactly the
 * 104-byte extended frame plus the 4 bytes of padding, or the run stops.
 *
 * Output, through sb_write0 (semihosting or UART), is harness.c's: SB <name> <depth> <result>
 * <above>, then the program exits through sb_exit (status 3: the self-test failed).
 */
#include <stddef.h>
#include <stdint.h>

#include "harness_bare.h"

volatile long sb_exception_arg;
volatile long sb_exception_result;

#include "paint.h"

/* Output: one line at a time, no libc. */
static char line[256];
static size_t used;

static void put_str(const char *s) {
    while (*s && used < sizeof line - 1)
        line[used++] = *s++;
}

static void put_uint(unsigned long v) {
    char digits[24];
    int n = 0;
    do
        digits[n++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (n > 0 && used < sizeof line - 1)
        line[used++] = digits[--n];
}

static void put_int(long v) {
    if (v < 0) {
        put_str("-");
        put_uint(-(unsigned long)v);
    } else {
        put_uint((unsigned long)v);
    }
}

static void flush(void) {
    line[used] = 0;
    sb_write0(line);
    used = 0;
}

struct measurement {
    size_t depth;
    size_t wrote_above;
    long results[2];
};

static long enter(unsigned char *top, sb_entry_fn fn, long arg, int exception) {
#ifdef __arm__
    if (exception) {
        sb_vectors[14] = (unsigned long)(uintptr_t)fn;
        sb_exception_arg = arg;
        sb_exception_result = 0;
        sb_pend_on_stack(top);
        return sb_exception_result;
    }
#else
    (void)exception;
#endif
    return sb_call_on_stack(top, fn, arg);
}

static struct measurement measure(unsigned char *lo_bytes, unsigned char *page_top, unsigned char *hi_bytes,
                                  long offsets, sb_entry_fn fn, long arg, int exception) {
    const uint64_t seed = 0x5b0d2c3a9e17f461ull;
    uint64_t *lo = (uint64_t *)lo_bytes, *hi = (uint64_t *)hi_bytes;
    struct measurement m = {0, 0, {0, 0}};
    int first = 1;
    for (long off = 0; off < offsets; off++) {
        for (int skew = 0; skew < (exception ? 2 : 1); skew++) {
            unsigned char *top = page_top - off * sb_offset_step - skew * 4;
            for (int run = 0; run < 2; run++) {
                paint(lo, hi, seed, run);
                long r = enter(top, fn, arg, exception);
                if (first)
                    m.results[run] = r;
                else if (r != m.results[0])
                    m.results[1] = r;
                /* The scan stops at the 8-byte word holding top; bytes of that word at or above
                 * top (a 4-byte skew) count as above. */
                uint64_t *top_word = (uint64_t *)((uintptr_t)top & ~(uintptr_t)7);
                unsigned char *low = lowest_modified(lo, top_word + 1, seed, run);
                size_t d = low < top ? (size_t)(top - low) : 0;
                if (d > m.depth)
                    m.depth = d;
                size_t a = count_modified(top_word + 1, hi, seed, run);
                for (unsigned char *b = top; b < (unsigned char *)(top_word + 1); b++) {
                    uint64_t want = pattern((uintptr_t)top_word, seed, run);
                    a += *b != ((const unsigned char *)&want)[b - (unsigned char *)top_word];
                }
                if (a > m.wrote_above)
                    m.wrote_above = a;
            }
            first = 0;
        }
    }
    return m;
}

int main(void) {
    unsigned long stack = (sb_stack_bytes + 15) & ~15ul;
    long offsets = sb_offsets < 1 ? 1 : sb_offsets;
    unsigned char *lo = (unsigned char *)(((uintptr_t)__sb_region_start + 15) & ~(uintptr_t)15);
    unsigned char *top = lo + stack;
    unsigned char *hi = top + 4096 + (unsigned long)offsets * (unsigned long)sb_offset_step;
    if (hi > __sb_region_end) {
        put_str("harness: the painted region holds ");
        put_uint((unsigned long)(__sb_region_end - lo));
        put_str(" bytes, fewer than `// validate: stack` asks for\n");
        flush();
        sb_exit(2);
    }

    struct measurement self = measure(lo, top, hi, offsets, sb_selftest, 0, 0);
    if (self.depth != SB_SELFTEST_DEPTH || self.wrote_above != 0) {
        put_str("harness: self-test measured ");
        put_uint(self.depth);
        put_str(" bytes (");
        put_uint(self.wrote_above);
        put_str(" above top), expected exactly 256\n");
        flush();
        sb_exit(3);
    }

#ifdef __arm__
    /* The exception path measures itself too: the frame the hardware stacks, and nothing else. */
    struct measurement exc = measure(lo, top, hi, 1, (sb_entry_fn)(uintptr_t)sb_selftest_exception, 0, 1);
    if (exc.depth != SB_EXCEPTION_SELFTEST_DEPTH || exc.wrote_above != 0) {
        put_str("harness: exception self-test measured ");
        put_uint(exc.depth);
        put_str(" bytes (");
        put_uint(exc.wrote_above);
        put_str(" above top), expected exactly 108\n");
        flush();
        sb_exit(3);
    }
#endif

    int status = 0;
    for (int e = 0; e < sb_bare_entry_count; e++) {
        const struct sb_bare_entry *entry = &sb_bare_entries[e];
        struct measurement m = measure(lo, top, hi, offsets, entry->fn, entry->arg, entry->exception);
        if (m.results[0] != m.results[1]) {
            put_str("harness: ");
            put_str(entry->name);
            put_str(" is not deterministic\n");
            flush();
            status = 1;
        }
        if (m.depth + 64 >= stack) {
            put_str("harness: ");
            put_str(entry->name);
            put_str(" reached the bottom of the painted stack: raise `// validate: stack`\n");
            flush();
            status = 1;
        }
        put_str("SB\t");
        put_str(entry->name);
        put_str("\t");
        put_uint(m.depth);
        put_str("\t");
        put_int(m.results[0]);
        put_str("\t");
        put_uint(m.wrote_above);
        put_str("\n");
        flush();
    }
    sb_exit(status);
}
