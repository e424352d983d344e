/* A dense switch (a jump table), a sparse one, and a lookup table of strings. */
extern int act(int);

int dense(int x) {
    switch (x) {
    case 0: return act(10);
    case 1: return act(11) + 1;
    case 2: return act(12) * 2;
    case 3: return act(13) - 3;
    case 4: return act(14) ^ 4;
    case 5: return act(15) | 5;
    case 6: return act(16) & 6;
    case 7: return act(17) << 1;
    default: return -1;
    }
}

int sparse(int x) {
    switch (x) {
    case 3: return 1;
    case 1000: return act(2);
    case 77777: return act(3);
    default: return 0;
    }
}

const char *name(unsigned i) {
    static const char *const names[] = {"zero", "one", "two", "three", "four"};
    return i < 5 ? names[i] : "many";
}
