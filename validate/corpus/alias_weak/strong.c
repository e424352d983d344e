/* The strong hook_w: deeper than the weak default in weak_default.c. */
long hook_w(long x) {
    volatile long buf[256];
    for (int k = 0; k < 256; k++)
        buf[k] = x * k;
    return buf[x & 255];
}
