/* A tiny program for the build-system tests: C calling C and C++. */
#include "shapes.h"

int main(void) {
    int total = area_sum(3) + cxx_area(4);
    return total == (1 + 4 + 9) + 16 ? 0 : 1;
}
