/* Shared by the validation corpus. Every entry is `long name(long)`: the harness calls it on a
 * painted stack (validate/harness/harness.c), and the `// validate:` lines in each program say
 * which argument drives its worst path. */
#ifndef SB_CORPUS_H
#define SB_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#define NOINLINE __attribute__((noinline))

/* Hides a scalar from the optimiser, so an input is not folded into the code it drives. */
#define OPAQUE(x)                                                                                  \
    ({                                                                                             \
        __typeof__(x) opaque_ = (x);                                                               \
        __asm__ volatile("" : "+r"(opaque_));                                                      \
        opaque_;                                                                                   \
    })

#endif
