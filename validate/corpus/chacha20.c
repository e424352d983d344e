// validate: about the ChaCha20 block function and a keystream XOR over a buffer
// validate: entry chacha_entry 300
#include "sb.h"

#define ROTL(a, b) (((a) << (b)) | ((a) >> (32 - (b))))
#define QR(a, b, c, d)                                                                             \
    (a += b, d ^= a, d = ROTL(d, 16), c += d, b ^= c, b = ROTL(b, 12), a += b, d ^= a,               \
     d = ROTL(d, 8), c += d, b ^= c, b = ROTL(b, 7))

NOINLINE static void block(uint32_t out[16], const uint32_t in[16]) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++)
        x[i] = in[i];
    for (int i = 0; i < 10; i++) {
        QR(x[0], x[4], x[8], x[12]); QR(x[1], x[5], x[9], x[13]);
        QR(x[2], x[6], x[10], x[14]); QR(x[3], x[7], x[11], x[15]);
        QR(x[0], x[5], x[10], x[15]); QR(x[1], x[6], x[11], x[12]);
        QR(x[2], x[7], x[8], x[13]); QR(x[3], x[4], x[9], x[14]);
    }
    for (int i = 0; i < 16; i++)
        out[i] = x[i] + in[i];
}

NOINLINE static void xor_stream(unsigned char *buf, long n, const uint32_t key[8]) {
    uint32_t state[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int i = 0; i < 8; i++)
        state[4 + i] = key[i];
    uint32_t ks[16];
    for (long off = 0; off < n; off += 64) {
        state[12] = (uint32_t)(off / 64);
        block(ks, state);
        for (long i = 0; i < 64 && off + i < n; i++)
            buf[off + i] ^= (unsigned char)(ks[i / 4] >> (8 * (i % 4)));
    }
}

long chacha_entry(long n) {
    unsigned char buf[512];
    uint32_t key[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    if (n > 512)
        n = 512;
    for (long i = 0; i < n; i++)
        buf[i] = (unsigned char)i;
    xor_stream(buf, n, key);
    long s = 0;
    for (long i = 0; i < n; i++)
        s += buf[i] * (i + 1);
    return s;
}
