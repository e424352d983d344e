// The other weak `hook`: `subq $72, %rsp` and 128 bytes of red zone below: 8 + 72 + 128 = 208.
__attribute__((weak)) int hook(int x) {
    volatile char big[200];
    for (int i = 0; i < 200; i++)
        big[i] = x;
    return big[x & 127];
}
