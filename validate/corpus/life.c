// validate: about Conway's Game of Life on a 32x32 torus, double-buffered in the caller's frame
// validate: entry life_entry 20
#include "sb.h"

#define S 32

NOINLINE static int neighbours(const unsigned char *b, int x, int y) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            if (dx || dy)
                n += b[((y + dy + S) % S) * S + (x + dx + S) % S];
    return n;
}

NOINLINE static void step(const unsigned char *cur, unsigned char *next) {
    for (int y = 0; y < S; y++)
        for (int x = 0; x < S; x++) {
            int n = neighbours(cur, x, y);
            next[y * S + x] = (unsigned char)(n == 3 || (n == 2 && cur[y * S + x]));
        }
}

long life_entry(long generations) {
    unsigned char a[S * S], b[S * S];
    for (int i = 0; i < S * S; i++)
        a[i] = (unsigned char)((i * 7 + i / S) % 5 == 0);
    for (long g = 0; g < generations; g++) {
        step(a, b);
        step(b, a);
    }
    long alive = 0;
    for (int i = 0; i < S * S; i++)
        alive += a[i];
    return alive;
}
