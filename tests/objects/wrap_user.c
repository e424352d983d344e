// The wrapper of `counted` and main (tests/tests/objects.rs). `__wrap_counted` is wrap.c's
// `__wrap_leaf` again: 320. main tail-calls user (`jmp user`): its bound is user's.
int __real_counted(int);
int user(int);

int __wrap_counted(int x) {
    volatile char w[300];
    for (int i = 0; i < 300; i++)
        w[i] = x;
    return __real_counted(w[x & 255]);
}

int main(int argc, char **argv) {
    (void)argv;
    return user(argc);
}
