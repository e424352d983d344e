// validate: about several modules: a GlobalAlias defined in another module, a weak default overridden by a deeper strong definition, a callback table whose targets live elsewhere
// validate: entry alias_entry 5
// validate: entry weak_entry 6
// validate: entry table_entry 2
// validate: sources impl.c weak_default.c strong.c table.c callbacks.c
// validate: resolve-indirect
// validate: requires call work
// validate: requires call hook_w
#include "sb.h"

long work(long x);     /* impl.c: an alias of impl_work */
long use_hook(long x); /* weak_default.c: calls hook_w, weak there, strong in strong.c */
extern long (*const callbacks[3])(long); /* table.c: targets in callbacks.c */

long alias_entry(long x) { return work(x) + 1; }

long weak_entry(long x) { return use_hook(x) + 1; }

long table_entry(long x) {
    long s = 0;
    for (long k = 0; k <= OPAQUE(x); k++)
        s += callbacks[OPAQUE(k) % 3](x);
    return s;
}
