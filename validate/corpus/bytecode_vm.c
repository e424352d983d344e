// validate: about a tiny stack-machine interpreter (switch dispatch, no recursion) running a loop program
// validate: entry vm_run 30
#include "sb.h"

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, LT, JZ, JMP, HALT };

struct vm {
    long stack[32];
    long vars[8];
    int sp;
};

NOINLINE static long binop(enum op op, long a, long b) {
    switch (op) {
    case ADD: return a + b;
    case SUB: return a - b;
    case MUL: return a * b;
    case LT: return a < b;
    default: return 0;
    }
}

NOINLINE static long run(struct vm *m, const long *code) {
    for (long pc = 0;;) {
        long op = code[pc++];
        switch (op) {
        case PUSH: m->stack[m->sp++] = code[pc++]; break;
        case LOAD: m->stack[m->sp++] = m->vars[code[pc++]]; break;
        case STORE: m->vars[code[pc++]] = m->stack[--m->sp]; break;
        case ADD: case SUB: case MUL: case LT: {
            long b = m->stack[--m->sp], a = m->stack[--m->sp];
            m->stack[m->sp++] = binop((enum op)op, a, b);
            break;
        }
        case JZ: {
            long target = code[pc++];
            if (m->stack[--m->sp] == 0)
                pc = target;
            break;
        }
        case JMP: pc = code[pc]; break;
        case HALT: return m->vars[1];
        default: return -1;
        }
    }
}

/* sum = 0; for (i = 0; i < n; i++) sum += i * i; */
long vm_run(long n) {
    const long code[] = {PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,
                         LOAD, 0, PUSH, n, LT, JZ, 34,
                         LOAD, 1, LOAD, 0, LOAD, 0, MUL, ADD, STORE, 1,
                         LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8,
                         HALT};
    struct vm m = {.sp = 0};
    return run(&m, code);
}
