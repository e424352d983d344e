// validate: about a Brainfuck interpreter: bracket matching precomputed with an explicit stack, then execution
// validate: entry bf_run 3
#include "sb.h"

NOINLINE static long match_brackets(const char *prog, long n, short *jump) {
    short stack[64];
    int sp = 0;
    for (long i = 0; i < n; i++) {
        if (prog[i] == '[') {
            if (sp == 64)
                return -1;
            stack[sp++] = (short)i;
        } else if (prog[i] == ']') {
            if (sp == 0)
                return -1;
            short open = stack[--sp];
            jump[open] = (short)i;
            jump[i] = open;
        }
    }
    return sp == 0 ? 0 : -1;
}

NOINLINE static long execute(const char *prog, long n, const short *jump, unsigned char *out) {
    unsigned char tape[256] = {0};
    long ptr = 0, o = 0;
    for (long pc = 0; pc < n; pc++) {
        switch (prog[pc]) {
        case '>': ptr = (ptr + 1) & 255; break;
        case '<': ptr = (ptr - 1) & 255; break;
        case '+': tape[ptr]++; break;
        case '-': tape[ptr]--; break;
        case '.': out[o++] = tape[ptr]; break;
        case '[': if (!tape[ptr]) pc = jump[pc]; break;
        case ']': if (tape[ptr]) pc = jump[pc]; break;
        }
    }
    return o;
}

long bf_run(long reps) {
    /* Prints "Hello World!\n". */
    static const char hello[] = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
    short jump[sizeof hello];
    unsigned char out[64];
    long n = (long)sizeof hello - 1;
    if (match_brackets(hello, n, jump) != 0)
        return -1;
    long total = 0;
    for (long r = 0; r < reps; r++)
        total += execute(hello, n, jump, out) + out[r % 12];
    return total;
}
