// validate: about musl's printf and snprintf ("%d %s %f"): formatting code and stdout's write, linked statically
// validate: libc musl
// validate: quick
// validate: resolve-indirect
// validate: entry print_mixed 12345 expect=recursive expect.aarch64=unknown
// validate: entry format_mixed 12345 expect=recursive expect.aarch64=unknown
// validate: requires call printf
// validate: requires call snprintf
/* Not complete, for reasons in musl and in the toolchain, each named by the report:
 * - `recursive frexpl`: fmt_fp (every printf reaches it: the bound does not read the format)
 *   calls frexpl, which calls itself once for a subnormal (musl src/math/frexpl.c);
 * - AArch64 only, `unknown __addtf3, __multf3, ...`: `long double` is binary128 there, and its
 *   soft-float helpers come from libgcc.a, which has no records.
 * stdout.lo (the FILE whose write is __stdout_write) is pulled by the data symbol
 * __stdout_FILE that printf.lo uses, so `f->write` in __fwritex reaches __stdout_write ->
 * __stdio_write as in the run; memcpy and memset are read from their machine code. */
#include <stdio.h>

#include "sb.h"

/* Prints one line to stdout, the harness's stream: the harness reads only its own `SB\t` lines
 * and skips every other (measure.rs, parse_output), and stdout is line-buffered, so the line
 * is written (through stdout's `write`) before the entry returns. */
long print_mixed(long x) {
    return printf("%d %s %f\n", (int)x, "stack", (double)x / 3);
}

long format_mixed(long x) {
    char buf[96];
    int n = snprintf(buf, sizeof buf, "%d %s %f", (int)x, "stack", (double)x / 3);
    return n + buf[OPAQUE(2)];
}
