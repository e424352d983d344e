// validate: about CRC-32: the 256-entry table built on the stack, then a bytewise checksum
// validate: entry crc32_entry 1000
#include "sb.h"

NOINLINE static void make_table(uint32_t *table) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
}

NOINLINE static uint32_t crc(const uint32_t *table, const unsigned char *p, long n) {
    uint32_t c = 0xffffffffu;
    for (long k = 0; k < n; k++)
        c = table[(c ^ p[k]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

long crc32_entry(long n) {
    uint32_t table[256];
    unsigned char data[1024];
    if (n > 1024)
        n = 1024;
    make_table(table);
    for (long k = 0; k < n; k++)
        data[k] = (unsigned char)(k ^ (k >> 3));
    return crc(table, data, n);
}
