// validate: about flag-only: with -mretpoline an indirect call becomes a call to a thunk; it must still be flagged indirect
// validate: entry retpoline_entry 4 expect=indirect
// validate: targets x86_64
// validate: cflags -mretpoline
// validate: requires function __llvm_retpoline_
#include "sb.h"

NOINLINE static long leaf(long x) {
    return x * 7;
}

static long (*volatile target)(long) = leaf;

long retpoline_entry(long x) {
    return target(x) + 1;
}
