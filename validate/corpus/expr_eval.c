// validate: about arithmetic expression evaluator: shunting-yard with operator and value stacks, no recursion
// validate: entry expr_eval 7
#include "sb.h"

static int prec(char op) {
    return op == '+' || op == '-' ? 1 : op == '*' || op == '/' || op == '%' ? 2 : 0;
}

NOINLINE static long apply(char op, long a, long b) {
    switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b ? a / b : 0;
    case '%': return b ? a % b : 0;
    }
    return 0;
}

NOINLINE static long evaluate(const char *s) {
    long values[64];
    char ops[64];
    int nv = 0, no = 0;
    while (*s) {
        char c = *s;
        if (c == ' ') {
            s++;
        } else if (c >= '0' && c <= '9') {
            long v = 0;
            while (*s >= '0' && *s <= '9')
                v = v * 10 + (*s++ - '0');
            values[nv++] = v;
        } else if (c == '(') {
            ops[no++] = c;
            s++;
        } else if (c == ')') {
            while (no > 0 && ops[no - 1] != '(') {
                long b = values[--nv], a = values[--nv];
                values[nv++] = apply(ops[--no], a, b);
            }
            no--;
            s++;
        } else {
            while (no > 0 && prec(ops[no - 1]) >= prec(c)) {
                long b = values[--nv], a = values[--nv];
                values[nv++] = apply(ops[--no], a, b);
            }
            ops[no++] = c;
            s++;
        }
    }
    while (no > 0) {
        long b = values[--nv], a = values[--nv];
        values[nv++] = apply(ops[--no], a, b);
    }
    return values[0];
}

long expr_eval(long x) {
    char text[128];
    const char *tmpl = "((3 + 4) * (X - 2) % 97 + 1000 / (X + 1)) * 2 - (X * X)";
    long n = 0;
    for (const char *t = tmpl; *t; t++)
        text[n++] = *t == 'X' ? (char)('0' + x % 10) : *t;
    text[n] = 0;
    return evaluate(text);
}
