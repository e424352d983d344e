// validate: about musl's qsort with a comparator of the program's: libc calls it through a pointer, resolved by signature
// validate: libc musl
// validate: quick
// validate: resolve-indirect
// validate: entry sort_longs 200
// validate: entry sort_records 60
// validate: requires call qsort
/* musl's qsort is smoothsort (no recursion) over __qsort_r, which calls the comparator through
 * wrapper_cmp: both indirect calls resolve, by signature, to what the program takes the address
 * of (cmp_long, cmp_record; wrapper_cmp). memcpy (cycle() swaps through a 256-byte buffer) is
 * musl's assembly without a record: its depth is read from its machine code (x86-64: no SP
 * write, the return address only, 8; AArch64: no SP write, 0). */
#include <stdlib.h>

#include "sb.h"

static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Records wider than qsort's swap buffer chunking is interesting for: 40 bytes each. */
struct record {
    long key;
    char name[32];
};

static int cmp_record(const void *a, const void *b) {
    const struct record *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->name[0] - y->name[0];
}

long sort_longs(long n) {
    long v[256];
    unsigned long s = 0x9e3779b97f4a7c15ul;
    for (long i = 0; i < n; i++) {
        s = s * 6364136223846793005ul + 1442695040888963407ul;
        v[i] = (long)(s >> 33) % 1000;
    }
    qsort(v, (size_t)n, sizeof v[0], cmp_long);
    return v[0] + v[n / 2] + v[n - 1];
}

long sort_records(long n) {
    struct record r[64];
    unsigned long s = 12345;
    for (long i = 0; i < n; i++) {
        s = s * 6364136223846793005ul + 1442695040888963407ul;
        r[i].key = (long)(s >> 40) % 50;
        for (int j = 0; j < 32; j++)
            r[i].name[j] = (char)('a' + (s >> (j % 32)) % 26);
    }
    qsort(r, (size_t)n, sizeof r[0], cmp_record);
    return r[0].key + r[n - 1].key + r[n / 2].name[0];
}
