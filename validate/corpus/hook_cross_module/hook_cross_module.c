// validate: about several modules: a function pointer stored in one module (b.c) to a function of another (a.c) is a candidate of the indirect call
// validate: entry hook_entry 7
// validate: sources a.c b.c c.c
// validate: resolve-indirect
// validate: requires call sink
// validate: quick
#include "sb.h"

void set_deep(void);
void run(void *p);

long hook_entry(long x) {
    set_deep();
    run((void *)x);
    return x;
}
