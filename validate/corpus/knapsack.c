// validate: about 0/1 knapsack by dynamic programming over a 1-D capacity table
// validate: entry knapsack_entry 300
// validate: cflags -O1
#include "sb.h"

NOINLINE static long best_value(const int *weight, const int *value, int items, int cap) {
    long table[512];
    for (int c = 0; c <= cap; c++)
        table[c] = 0;
    for (int i = 0; i < items; i++)
        for (int c = cap; c >= weight[i]; c--)
            if (table[c - weight[i]] + value[i] > table[c])
                table[c] = table[c - weight[i]] + value[i];
    return table[cap];
}

long knapsack_entry(long cap) {
    int weight[40], value[40];
    if (cap > 511)
        cap = 511;
    for (int i = 0; i < 40; i++) {
        weight[i] = 5 + (i * 37) % 41;
        value[i] = 10 + (i * 53) % 97;
    }
    return best_value(weight, value, 40, (int)cap);
}
