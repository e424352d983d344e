// --wrap=counted, with a call inside the defining object (tests/tests/objects.rs): lld wraps it
// too, GNU ld does not. `counted`: a leaf, 8. `user`: `pushq %rax`, the call at 16.
__attribute__((noinline)) int counted(int x) { return x + 1; }

int user(int x) { return counted(x) * 3; }
