// validate: about -ftrivial-auto-var-init=pattern: every local is pattern-filled on entry (a memcpy from a pattern constant, wide stores)
// validate: entry avi_entry 37
// validate: cflags -ftrivial-auto-var-init=pattern
// validate: requires.x86_64 call memcpy
// validate: requires.aarch64 call memcpy
// validate: requires.riscv64 call memcpy
// validate: requires.armv7 call memset
// validate: requires.riscv32 call memset
// validate: requires.cortex-m call __aeabi_memset4
#include "sb.h"

struct rec {
    long id;
    char name[40];
    double score[8];
};

NOINLINE static long fill(struct rec *r, long n, long seed) {
    for (long i = 0; i < n; i++) {
        r[i].id = seed + i;
        r[i].name[i % 40] = 'a';
        r[i].score[i % 8] = (double)i;
    }
    return r[n - 1].id;
}

NOINLINE static long summarize(long seed) {
    struct rec recs[12];
    long ids[30];
    for (int i = 0; i < 30; i++)
        ids[i] = seed * i;
    return fill(recs, 12, seed) + ids[seed % 30] + recs[3].name[3];
}

long avi_entry(long seed) {
    char scratch[200];
    scratch[seed % 200] = 1;
    return summarize(seed) + scratch[(seed + 1) % 200];
}
