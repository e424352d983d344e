// One of two weak definitions of `hook` (tests/tests/objects.rs): the linker keeps the first in
// link order. A leaf with a 40-byte array in the red zone: 8 + 40 = 48.
__attribute__((weak)) int hook(int x) {
    volatile char buf[40];
    for (int i = 0; i < 40; i++)
        buf[i] = x;
    return buf[x & 31];
}
