// validate: about musl's string functions, linked statically from libc.a (wrapper-built) and bounded with --libc
// validate: libc musl
// validate: quick
// validate: resolve-indirect
// validate: entry string_ops 100
// validate: requires call strlen
// validate: requires call strcmp
// validate: requires call memcpy
// validate: requires call memset
/* strlen and strcmp are C in musl (records); memcpy and memset are its assembly (no record):
 * their depths are read from their machine code (x86-64: no SP write, the return address only,
 * 8; AArch64: no SP write, 0). */
#include <string.h>

#include "sb.h"

long string_ops(long n) {
    char a[256], b[256];
    size_t len = (size_t)OPAQUE(n);
    memset(a, 'a' + (int)(len % 26), len);
    a[len] = 0;
    memcpy(b, a, len + 1);
    b[len / 2] = 'z';
    const char *pa = OPAQUE((const char *)a);
    return (long)strlen(b) * 4 + strcmp(pa, b) + (long)strlen(pa);
}
