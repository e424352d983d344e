// validate: about run-length encoding: compress, decompress, compare
// validate: entry rle_roundtrip 300
#include "sb.h"

NOINLINE static long rle_encode(const unsigned char *in, long n, unsigned char *out) {
    long o = 0;
    for (long i = 0; i < n;) {
        long run = 1;
        while (i + run < n && run < 255 && in[i + run] == in[i])
            run++;
        out[o++] = (unsigned char)run;
        out[o++] = in[i];
        i += run;
    }
    return o;
}

NOINLINE static long rle_decode(const unsigned char *in, long n, unsigned char *out) {
    long o = 0;
    for (long i = 0; i + 1 < n; i += 2)
        for (long k = 0; k < in[i]; k++)
            out[o++] = in[i + 1];
    return o;
}

long rle_roundtrip(long n) {
    unsigned char data[512], packed[1024], back[512];
    if (n > 512)
        n = 512;
    for (long k = 0; k < n; k++)
        data[k] = (unsigned char)((k / 7) % 5);
    long p = rle_encode(data, n, packed);
    long m = rle_decode(packed, p, back);
    long diff = 0;
    for (long k = 0; k < m; k++)
        diff += back[k] != data[k];
    return p * 100000 + m * 10 + diff;
}
