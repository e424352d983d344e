// validate: about bzip2 1.0.8 from bzip2-sys 0.1.13, compiled file by file: compress and decompress a buffer; bzalloc/bzfree are the harness's, called through bz_stream from bzlib.c
// validate: entry bzip2_compress 5000
// validate: entry bzip2_roundtrip 8000
// validate: entry bzip2_mainsort 20000 not-worst
// validate: sources crate:bzip2-sys/bzip2-1.0.8/blocksort.c crate:bzip2-sys/bzip2-1.0.8/huffman.c
// validate: sources crate:bzip2-sys/bzip2-1.0.8/crctable.c crate:bzip2-sys/bzip2-1.0.8/randtable.c
// validate: sources crate:bzip2-sys/bzip2-1.0.8/compress.c crate:bzip2-sys/bzip2-1.0.8/decompress.c
// validate: sources crate:bzip2-sys/bzip2-1.0.8/bzlib.c
// validate: include crate:bzip2-sys/bzip2-1.0.8
// validate: cflags -DBZ_NO_STDIO -D_FILE_OFFSET_BITS=64
// validate: resolve-indirect
// validate: quick
/* Built as bzip2-sys builds it (BZ_NO_STDIO: no FILE API; errors go to bz_internal_error, defined
 * here). The streams allocate through the harness's bzalloc from a static arena.
 *
 * bzlib.c also takes the address of its default allocator, default_bzalloc, which calls malloc:
 * it is a candidate of every bzalloc call, though this harness never lets it run. So that the
 * candidate is bounded too, this module defines the process's malloc, calloc, realloc and free
 * (a bump allocator over a second arena that only the C library's own allocations, such as
 * stdout's buffer, ever reach). */
#include <stddef.h>

#include "bzlib.h"
#include "sb.h"

/* -- the process's allocator: bump, 16-byte aligned, size kept in a 16-byte header -------- */
static unsigned char heap[1 << 18] __attribute__((aligned(16)));
static size_t heap_used;

void *malloc(size_t n) {
    size_t need = ((n + 15) & ~(size_t)15) + 16;
    if (n > sizeof heap || need > sizeof heap - heap_used)
        return NULL;
    unsigned char *p = heap + heap_used;
    heap_used += need;
    *(size_t *)p = n;
    return p + 16;
}

void free(void *p) { (void)p; }

void *calloc(size_t n, size_t size) {
    if (size && n > (size_t)-1 / size)
        return NULL;
    unsigned char *p = malloc(n * size);
    if (p)
        for (size_t k = 0; k < n * size; k++)
            p[k] = 0;
    return p;
}

void *realloc(void *old, size_t n) {
    if (!old)
        return malloc(n);
    size_t had = *(size_t *)((unsigned char *)old - 16);
    if (n <= had)
        return old;
    unsigned char *p = malloc(n);
    if (p)
        for (size_t k = 0; k < had; k++)
            p[k] = ((unsigned char *)old)[k];
    return p;
}

/* -- the streams' allocator --------------------------------------------------------------- */
static unsigned char arena[3 << 20] __attribute__((aligned(16)));
static size_t arena_used;

static void *arena_alloc(void *opaque, int items, int size) {
    (void)opaque;
    size_t n = ((size_t)items * (size_t)size + 15) & ~(size_t)15;
    if (n > sizeof arena - arena_used)
        return NULL;
    void *p = arena + arena_used;
    arena_used += n;
    return p;
}

static void arena_free(void *opaque, void *p) {
    (void)opaque;
    (void)p;
}

void bz_internal_error(int errcode) {
    (void)errcode;
    __builtin_trap();
}

enum { N = 20000 };
static char input[N], packed[N + N / 50 + 1024], unpacked[N];

static void fill(void) {
    unsigned x = 7;
    static const char words[] = "burrows wheeler move to front huffman run length ";
    for (int k = 0; k < N; k++) {
        x = x * 1103515245u + 12345u;
        input[k] = (x >> 28) < 12 ? words[(k + (x >> 24)) % (sizeof words - 1)] : (char)(x >> 16);
    }
}

static void stream(bz_stream *s) {
    s->bzalloc = arena_alloc;
    s->bzfree = arena_free;
    s->opaque = NULL;
}

/* Compresses the first n bytes of the input. Blocks under 10000 bytes are sorted by
 * fallbackSort, the deepest path; longer ones by mainSort. */
static long pack(unsigned n) {
    bz_stream s = {0};
    stream(&s);
    if (n > N || BZ2_bzCompressInit(&s, 1, 0, 0) != BZ_OK)
        return -1;
    s.next_in = input;
    s.avail_in = n;
    s.next_out = packed;
    s.avail_out = sizeof packed;
    int rc = BZ2_bzCompress(&s, BZ_FINISH);
    long size = (long)s.total_out_lo32;
    BZ2_bzCompressEnd(&s);
    return rc == BZ_STREAM_END ? size : -2;
}

long bzip2_compress(long n) {
    arena_used = 0;
    fill();
    return pack((unsigned)OPAQUE(n));
}

/* The same path as bzip2_compress when n < 10000, and mainSort above: marked not-worst. */
long bzip2_mainsort(long n) { return bzip2_compress(n); }

long bzip2_roundtrip(long n) {
    arena_used = 0;
    fill();
    long size = pack((unsigned)OPAQUE(n));
    if (size < 0)
        return size;
    bz_stream s = {0};
    stream(&s);
    if (BZ2_bzDecompressInit(&s, 0, 0) != BZ_OK)
        return -3;
    s.next_in = packed;
    s.avail_in = (unsigned)size;
    s.next_out = unpacked;
    s.avail_out = N;
    int rc = BZ2_bzDecompress(&s);
    BZ2_bzDecompressEnd(&s);
    if (rc != BZ_STREAM_END || s.total_out_lo32 != (unsigned)n)
        return -4;
    long sum = 0;
    for (long k = 0; k < n; k++) {
        if (unpacked[k] != input[k])
            return -5;
        sum += (unsigned char)unpacked[k];
    }
    return sum + size;
}
