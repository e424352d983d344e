// The other module of the program in tests/tests/objects.rs.
int leaf(int);
// Defined in an object built without records (asm.s): unknown, listed with its size.
int plain(int);

__attribute__((noinline)) static int helper(int x) {
    volatile char big[200];
    for (int i = 0; i < 200; i++)
        big[i] = x;
    return big[x & 127];
}

int main(int argc, char **argv) {
    (void)argv;
    return leaf(argc) + helper(argc) + plain(argc);
}
