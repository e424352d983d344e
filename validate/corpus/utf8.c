// validate: about UTF-8 decode and re-encode of mixed 1- to 4-byte sequences, with validation
// validate: entry utf8_roundtrip 40
#include "sb.h"

NOINLINE static long decode(const unsigned char *s, long n, uint32_t *out) {
    long count = 0;
    for (long i = 0; i < n;) {
        unsigned char c = s[i];
        uint32_t cp;
        int len;
        if (c < 0x80) { cp = c; len = 1; }
        else if ((c & 0xe0) == 0xc0) { cp = c & 0x1f; len = 2; }
        else if ((c & 0xf0) == 0xe0) { cp = c & 0x0f; len = 3; }
        else if ((c & 0xf8) == 0xf0) { cp = c & 0x07; len = 4; }
        else return -1;
        if (i + len > n)
            return -1;
        for (int k = 1; k < len; k++) {
            if ((s[i + k] & 0xc0) != 0x80)
                return -1;
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        out[count++] = cp;
        i += len;
    }
    return count;
}

NOINLINE static long encode(const uint32_t *cps, long n, unsigned char *out) {
    long o = 0;
    for (long i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        if (cp < 0x80) {
            out[o++] = (unsigned char)cp;
        } else if (cp < 0x800) {
            out[o++] = (unsigned char)(0xc0 | cp >> 6);
            out[o++] = (unsigned char)(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out[o++] = (unsigned char)(0xe0 | cp >> 12);
            out[o++] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
            out[o++] = (unsigned char)(0x80 | (cp & 0x3f));
        } else {
            out[o++] = (unsigned char)(0xf0 | cp >> 18);
            out[o++] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
            out[o++] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
            out[o++] = (unsigned char)(0x80 | (cp & 0x3f));
        }
    }
    return o;
}

long utf8_roundtrip(long n) {
    uint32_t cps[64], back[64];
    unsigned char bytes[256];
    if (n > 64)
        n = 64;
    static const uint32_t samples[4] = {0x41, 0xe9, 0x20ac, 0x1f600};
    for (long i = 0; i < n; i++)
        cps[i] = samples[i & 3] + (uint32_t)(i >> 2);
    long len = encode(cps, n, bytes);
    long m = decode(bytes, len, back);
    long diff = 0;
    for (long i = 0; i < m; i++)
        diff += back[i] != cps[i];
    return len * 1000 + m * 10 + diff;
}
