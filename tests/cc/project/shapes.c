#include "shapes.h"

static int square(int x) { return x * x; }

int area_sum(int n) {
    int total = 0;
    for (int i = 1; i <= n; i++)
        total += square(i);
    return total;
}
