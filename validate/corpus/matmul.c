// validate: about double-precision 8x8 matrix multiply, transpose and trace (vectorised at -O3)
// validate: entry matmul_entry 3 expect.riscv32=unknown
// validate: cflags -O3
#include "sb.h"

typedef double mat[8][8];

NOINLINE static void multiply(const mat a, const mat b, mat c) {
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
            double s = 0;
            for (int k = 0; k < 8; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

NOINLINE static void transpose(const mat a, mat t) {
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            t[j][i] = a[i][j];
}

long matmul_entry(long x) {
    mat a, b, c, t;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            a[i][j] = (double)(x + i - j) / 8;
    transpose(a, b);
    multiply(a, b, c);
    multiply(c, a, t);
    double trace = 0;
    for (int i = 0; i < 8; i++)
        trace += t[i][i];
    return (long)trace;
}
