// Calls into hand-written assembly (x86_64.s, aarch64.s). Each caller_* keeps its frame
// small and calls one assembly function; the test reads the call depths from the disassembly.
long asm_leaf(long), asm_frame(long), asm_redzone(long), asm_loop(long), asm_fp(long),
    asm_copy(long), asm_indirect(long);

__attribute__((noinline)) long c_callee(long x) { return x * 3; }
__attribute__((noinline)) long c_tail(long x) { return x + 7; }

#define CALLER(f) \
    long caller_##f(long x) { return f(x) + 1; }
CALLER(asm_leaf)
CALLER(asm_frame)
CALLER(asm_redzone)
CALLER(asm_loop)
CALLER(asm_copy)
CALLER(asm_indirect)
#ifdef __x86_64__
CALLER(asm_fp)
#endif
