#include "common.h"

uint64_t fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

uint64_t ackermann(uint64_t m, uint64_t n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

int is_odd(unsigned n);
int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

struct node { int key; struct node *left, *right; };

int tree_height(const struct node *t) {
  if (!t) return 0;
  int l = tree_height(t->left), r = tree_height(t->right);
  return 1 + (l > r ? l : r);
}

/* Recursion with a sizeable frame per level. */
int flood(char grid[16][16], int x, int y, char from, char to) {
  char trail[64];
  if (x < 0 || y < 0 || x >= 16 || y >= 16 || grid[y][x] != from) return 0;
  grid[y][x] = to;
  memset(trail, to, sizeof trail);
  sink(trail, sizeof trail);
  return 1 + flood(grid, x + 1, y, from, to) + flood(grid, x - 1, y, from, to) +
         flood(grid, x, y + 1, from, to) + flood(grid, x, y - 1, from, to);
}

/* Tail-recursive: becomes a loop at -O2. */
uint64_t gcd(uint64_t a, uint64_t b) { return b == 0 ? a : gcd(b, a % b); }

static void quicksort(int *v, int lo, int hi) {
  if (lo >= hi) return;
  int p = v[(lo + hi) / 2], i = lo, j = hi;
  while (i <= j) {
    while (v[i] < p) i++;
    while (v[j] > p) j--;
    if (i <= j) { int t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
  }
  quicksort(v, lo, j);
  quicksort(v, i, hi);
}

void sort_ints(int *v, int n) { quicksort(v, 0, n - 1); }
