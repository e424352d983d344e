// --wrap=leaf for tests/tests/objects.rs: main's call to leaf reaches this instead, and its own
// call to __real_leaf reaches lib.c's leaf.
int __real_leaf(int);

int __wrap_leaf(int x) {
    volatile char w[300];
    for (int i = 0; i < 300; i++)
        w[i] = x;
    return __real_leaf(w[x & 255]);
}
