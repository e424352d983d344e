// One module of the program in tests/tests/objects.rs. Its own `helper` is static, as is
// main.c's: the linked binary holds two functions of that name.
__attribute__((noinline)) static int helper(int x) {
    volatile char buf[40];
    for (int i = 0; i < 40; i++)
        buf[i] = x;
    return buf[x & 31];
}

// Nothing calls it: --gc-sections drops its code, and its record with it.
int unused(int x) {
    volatile char b[100];
    for (int i = 0; i < 100; i++)
        b[i] = x;
    return b[x & 63];
}

int leaf(int x) { return helper(x) * 2; }
