// validate: about LZ77 with a 255-byte window: greedy match search, token stream, decompression
// validate: entry lz77_roundtrip 400
// validate: cflags -Os
#include "sb.h"

struct token {
    unsigned char offset, length, next;
};

NOINLINE static long longest_match(const unsigned char *in, long pos, long n, long *best_off) {
    long best = 0;
    long start = pos > 255 ? pos - 255 : 0;
    for (long cand = start; cand < pos; cand++) {
        long len = 0;
        while (len < 255 && pos + len < n - 1 && in[cand + len] == in[pos + len])
            len++;
        if (len > best) {
            best = len;
            *best_off = pos - cand;
        }
    }
    return best;
}

NOINLINE static long compress(const unsigned char *in, long n, struct token *out) {
    long t = 0;
    for (long pos = 0; pos < n;) {
        long off = 0;
        long len = longest_match(in, pos, n, &off);
        out[t].offset = (unsigned char)off;
        out[t].length = (unsigned char)len;
        out[t].next = in[pos + len];
        t++;
        pos += len + 1;
    }
    return t;
}

NOINLINE static long decompress(const struct token *tok, long t, unsigned char *out) {
    long o = 0;
    for (long i = 0; i < t; i++) {
        for (long k = 0; k < tok[i].length; k++, o++)
            out[o] = out[o - tok[i].offset];
        out[o++] = tok[i].next;
    }
    return o;
}

long lz77_roundtrip(long n) {
    unsigned char data[512], back[512];
    struct token tokens[512];
    if (n > 512)
        n = 512;
    for (long k = 0; k < n; k++)
        data[k] = (unsigned char)("abracadabra, abracadabra!"[(k * 3) % 25] ^ (k / 100));
    long t = compress(data, n, tokens);
    long m = decompress(tokens, t, back);
    long diff = 0;
    for (long k = 0; k < m; k++)
        diff += back[k] != data[k];
    return t * 100000 + m * 10 + diff;
}
