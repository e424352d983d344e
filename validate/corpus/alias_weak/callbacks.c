/* The targets of table.c's callbacks: only table.c takes their addresses. */
long cb_small(long x) { return x + 3; }

long cb_mid(long x) {
    volatile long buf[64];
    for (int k = 0; k < 64; k++)
        buf[k] = x + k;
    return buf[x & 63];
}

long cb_deep(long x) {
    volatile long buf[512];
    for (int k = 0; k < 512; k++)
        buf[k] = x ^ k;
    return buf[x & 511];
}
