// validate: about zlib 1.3.1 from libz-sys 1.1.33, compiled file by file: deflate and inflate a buffer; zalloc/zfree are the harness's, called through z_stream from zlib's modules
// validate: entry zlib_deflate 9
// validate: entry zlib_roundtrip 6
// validate: sources crate:libz-sys/src/zlib/adler32.c crate:libz-sys/src/zlib/crc32.c
// validate: sources crate:libz-sys/src/zlib/deflate.c crate:libz-sys/src/zlib/trees.c
// validate: sources crate:libz-sys/src/zlib/inflate.c crate:libz-sys/src/zlib/inftrees.c
// validate: sources crate:libz-sys/src/zlib/inffast.c crate:libz-sys/src/zlib/zutil.c
// validate: include crate:libz-sys/src/zlib
// validate: cflags -DZ_SOLO -DSTDC
// validate: resolve-indirect
// validate: quick
/* Z_SOLO is zlib's build without a C library (as libz-sys builds it for wasm32-unknown-unknown):
 * it has no default allocator, so every allocation goes through the zalloc below, handing out a
 * static arena. The measured path calls nothing outside zlib, this file and validate/rt. */
#include "zlib.h"

#include "sb.h"

static unsigned char arena[1 << 20] __attribute__((aligned(16)));
static size_t arena_used;

static voidpf arena_alloc(voidpf opaque, uInt items, uInt size) {
    (void)opaque;
    size_t n = ((size_t)items * size + 15) & ~(size_t)15;
    if (n > sizeof arena - arena_used)
        return Z_NULL;
    voidpf p = arena + arena_used;
    arena_used += n;
    return p;
}

static void arena_free(voidpf opaque, voidpf p) {
    (void)opaque;
    (void)p;
}

enum { N = 6000 };
static unsigned char input[N], packed[N + 1024], unpacked[N];

/* Text-like input: repeats (matches for deflate) mixed with noise (literals). */
static void fill(long seed) {
    unsigned x = (unsigned)seed * 2654435761u + 1;
    static const char words[] = "stack bound frame depth call site worst path ";
    for (int k = 0; k < N; k++) {
        x = x * 1103515245u + 12345u;
        input[k] = (x >> 28) < 11 ? (unsigned char)words[(k + (x >> 24)) % (sizeof words - 1)]
                                  : (unsigned char)(x >> 16);
    }
}

static void stream(z_stream *s) {
    s->zalloc = arena_alloc;
    s->zfree = arena_free;
    s->opaque = Z_NULL;
}

static long pack(int level) {
    z_stream s = {0};
    stream(&s);
    if (deflateInit(&s, level) != Z_OK)
        return -1;
    s.next_in = input;
    s.avail_in = N;
    s.next_out = packed;
    s.avail_out = sizeof packed;
    int rc = deflate(&s, Z_FINISH);
    long size = (long)s.total_out;
    deflateEnd(&s);
    return rc == Z_STREAM_END ? size : -2;
}

long zlib_deflate(long level) {
    arena_used = 0;
    fill(level);
    return pack((int)OPAQUE(level));
}

long zlib_roundtrip(long level) {
    arena_used = 0;
    fill(level);
    long size = pack((int)OPAQUE(level));
    if (size < 0)
        return size;
    z_stream s = {0};
    stream(&s);
    if (inflateInit(&s) != Z_OK)
        return -3;
    s.next_in = packed;
    s.avail_in = (uInt)size;
    s.next_out = unpacked;
    s.avail_out = N;
    int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    if (rc != Z_STREAM_END || s.total_out != N)
        return -4;
    for (int k = 0; k < N; k++)
        if (unpacked[k] != input[k])
            return -5;
    return (long)adler32(1, unpacked, N) + size;
}
