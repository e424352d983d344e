// validate: about N-queens counted by iterative backtracking (explicit column stack, no recursion)
// validate: entry nqueens_entry 8
#include "sb.h"

NOINLINE static int safe(const int *col, int row, int c) {
    for (int r = 0; r < row; r++)
        if (col[r] == c || col[r] - c == r - row || c - col[r] == r - row)
            return 0;
    return 1;
}

NOINLINE static long count_solutions(int n) {
    int col[16];
    long count = 0;
    int row = 0;
    col[0] = -1;
    while (row >= 0) {
        int c = col[row] + 1;
        while (c < n && !safe(col, row, c))
            c++;
        if (c == n) {
            row--;
            continue;
        }
        col[row] = c;
        if (row == n - 1) {
            count++;
        } else {
            row++;
            col[row] = -1;
        }
    }
    return count;
}

long nqueens_entry(long n) {
    if (n > 16)
        n = 16;
    return count_solutions((int)n);
}
