/* The entry tables for validate/harness/harness.c (the painted-stack harness of
 * `cargo xtask validate`): each computation at logical recursion depths 1, 1000 and 100000.
 * Built twice: for the C program (cps.c) and, with -DIR, for the IR one (cps.ll). */
#include "harness.h"

#ifndef IR
long cps_run(long n);    /* cps.c: every call __attribute__((musttail)) */
long direct_run(long n); /* cps.c: the same computation in direct style, for comparison */
const struct sb_entry sb_entries[] = {
    {"cps_run", cps_run, 1},       {"cps_run", cps_run, 1000},       {"cps_run", cps_run, 100000},
    {"direct_run", direct_run, 1}, {"direct_run", direct_run, 1000}, {"direct_run", direct_run, 100000},
};
#else
long ir_run(long n); /* cps.ll: every call `musttail call tailcc` */
const struct sb_entry sb_entries[] = {
    {"ir_run", ir_run, 1}, {"ir_run", ir_run, 1000}, {"ir_run", ir_run, 100000},
};
#endif
const int sb_entry_count = sizeof sb_entries / sizeof sb_entries[0];
