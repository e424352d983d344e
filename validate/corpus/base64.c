// validate: about Base64 encode and decode with a reverse table built on the stack
// validate: entry base64_roundtrip 200
#include "sb.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

NOINLINE static long encode(const unsigned char *in, long n, char *out) {
    long o = 0;
    for (long i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = alphabet[v >> 18 & 63];
        out[o++] = alphabet[v >> 12 & 63];
        out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? alphabet[v & 63] : '=';
    }
    return o;
}

NOINLINE static long decode(const char *in, long n, unsigned char *out) {
    signed char rev[256];
    for (int k = 0; k < 256; k++)
        rev[k] = -1;
    for (int k = 0; k < 64; k++)
        rev[(unsigned char)alphabet[k]] = (signed char)k;
    long o = 0;
    for (long i = 0; i + 3 < n; i += 4) {
        uint32_t v = 0;
        int pad = 0;
        for (int k = 0; k < 4; k++) {
            char c = in[i + k];
            if (c == '=') {
                pad++;
                v <<= 6;
            } else {
                v = v << 6 | (uint32_t)rev[(unsigned char)c];
            }
        }
        out[o++] = (unsigned char)(v >> 16);
        if (pad < 2)
            out[o++] = (unsigned char)(v >> 8);
        if (pad < 1)
            out[o++] = (unsigned char)v;
    }
    return o;
}

long base64_roundtrip(long n) {
    unsigned char data[256], back[256];
    char text[360];
    if (n > 256)
        n = 256;
    for (long k = 0; k < n; k++)
        data[k] = (unsigned char)(k * 37 + 11);
    long t = encode(data, n, text);
    long m = decode(text, t, back);
    long diff = 0;
    for (long k = 0; k < m; k++)
        diff += back[k] != data[k];
    return t * 10000 + m * 10 + diff;
}
