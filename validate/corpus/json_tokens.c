// validate: about JSON tokenizer and validator without recursion: nesting tracked on an explicit stack
// validate: entry json_validate 12
// validate: cflags -Oz
#include "sb.h"

enum tok { T_END, T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COLON, T_COMMA, T_STR, T_NUM, T_LIT, T_ERR };

struct lexer {
    const char *p;
};

NOINLINE static enum tok next_token(struct lexer *lx) {
    while (*lx->p == ' ' || *lx->p == '\n')
        lx->p++;
    char c = *lx->p;
    if (c == 0)
        return T_END;
    lx->p++;
    switch (c) {
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case '[': return T_LBRACK;
    case ']': return T_RBRACK;
    case ':': return T_COLON;
    case ',': return T_COMMA;
    case '"':
        while (*lx->p && *lx->p != '"') {
            if (*lx->p == '\\' && lx->p[1])
                lx->p++;
            lx->p++;
        }
        if (*lx->p != '"')
            return T_ERR;
        lx->p++;
        return T_STR;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            while ((*lx->p >= '0' && *lx->p <= '9') || *lx->p == '.' || *lx->p == 'e')
                lx->p++;
            return T_NUM;
        }
        if (c == 't' || c == 'f' || c == 'n') {
            while (*lx->p >= 'a' && *lx->p <= 'z')
                lx->p++;
            return T_LIT;
        }
        return T_ERR;
    }
}

/* Returns the number of values, or -1: a pushdown automaton with its stack in this frame. */
NOINLINE static long validate(const char *text) {
    char stack[64];
    int depth = 0;
    long values = 0;
    struct lexer lx = {text};
    int expect_value = 1;
    for (;;) {
        enum tok t = next_token(&lx);
        if (t == T_END)
            return depth == 0 ? values : -1;
        if (t == T_ERR)
            return -1;
        if (t == T_LBRACE || t == T_LBRACK) {
            if (depth == 64)
                return -1;
            stack[depth++] = t == T_LBRACE ? '}' : ']';
            expect_value = 1;
        } else if (t == T_RBRACE || t == T_RBRACK) {
            if (depth == 0 || stack[--depth] != (t == T_RBRACE ? '}' : ']'))
                return -1;
            values++;
            expect_value = 0;
        } else if (t == T_STR || t == T_NUM || t == T_LIT) {
            values += expect_value;
            expect_value = 0;
        } else {
            expect_value = 1;
        }
    }
}

long json_validate(long nest) {
    char text[400];
    long n = 0;
    if (nest > 40)
        nest = 40;
    for (long k = 0; k < nest; k++) {
        const char *open = (k & 1) ? "[1, " : "{\"k\": ";
        for (const char *s = open; *s; s++)
            text[n++] = *s;
    }
    const char *mid = "\"x\\\"y\", true";
    for (const char *s = mid; *s; s++)
        text[n++] = *s;
    for (long k = nest - 1; k >= 0; k--)
        text[n++] = (k & 1) ? ']' : '}';
    text[n] = 0;
    return validate(text);
}
