// validate: about lz4 1.10.0 from lz4-sys 1.11.1, compiled file by file: LZ4 fast and HC compression and safe decompression of a buffer; lz4's memory hooks (LZ4_USER_MEMORY_FUNCTIONS) are defined here
// validate: entry lz4_fast 1
// validate: entry lz4_hc 12
// validate: entry lz4_roundtrip 12
// validate: sources crate:lz4-sys/liblz4/lib/lz4.c crate:lz4-sys/liblz4/lib/lz4hc.c
// validate: include crate:lz4-sys/liblz4/lib
// validate: cflags -DLZ4_USER_MEMORY_FUNCTIONS
// validate: resolve-indirect
// validate: requires call LZ4_malloc
// validate: quick
/* lz4.c and lz4hc.c as lz4-sys builds them, but with LZ4_USER_MEMORY_FUNCTIONS: lz4's own hook
 * that replaces malloc/calloc/free by LZ4_malloc/LZ4_calloc/LZ4_free, defined here over a static
 * arena. LZ4_compress_HC allocates its 256 KiB state through it (LZ4HC_HEAPMODE); LZ4_compress_fast
 * keeps its 16 KiB state on the stack. */
#include <stddef.h>

#include "lz4.h"
#include "lz4hc.h"
#include "sb.h"

static unsigned char arena[1 << 20] __attribute__((aligned(16)));
static size_t arena_used;

void *LZ4_malloc(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (n > sizeof arena - arena_used)
        return NULL;
    void *p = arena + arena_used;
    arena_used += n;
    return p;
}

void *LZ4_calloc(size_t n, size_t size) {
    if (size && n > (size_t)-1 / size)
        return NULL;
    unsigned char *p = LZ4_malloc(n * size);
    if (p)
        for (size_t k = 0; k < n * size; k++)
            p[k] = 0;
    return p;
}

void LZ4_free(void *p) { (void)p; }

enum { N = 12000 };
static char input[N], packed[LZ4_COMPRESSBOUND(N)], unpacked[N];

static void fill(void) {
    unsigned x = 3;
    static const char words[] = "lz4 fast hash chain match literal token offset ";
    for (int k = 0; k < N; k++) {
        x = x * 1103515245u + 12345u;
        input[k] = (x >> 28) < 12 ? words[(k + (x >> 24)) % (sizeof words - 1)] : (char)(x >> 16);
    }
}

long lz4_fast(long acceleration) {
    fill();
    return LZ4_compress_fast(input, packed, N, (int)sizeof packed, (int)OPAQUE(acceleration));
}

long lz4_hc(long level) {
    arena_used = 0;
    fill();
    return LZ4_compress_HC(input, packed, N, (int)sizeof packed, (int)OPAQUE(level));
}

/* HC at `level`, then back. */
long lz4_roundtrip(long level) {
    long size = lz4_hc(level);
    if (size <= 0)
        return -1;
    int got = LZ4_decompress_safe(packed, unpacked, (int)size, N);
    if (got != N)
        return -2;
    long sum = 0;
    for (int k = 0; k < N; k++) {
        if (unpacked[k] != input[k])
            return -3;
        sum += (unsigned char)unpacked[k];
    }
    return sum + size;
}
