// validate: about Dijkstra's shortest paths on a 24-node dense graph (O(n^2), adjacency matrix on the stack)
// validate: entry dijkstra_entry 24
#include "sb.h"

#define N 24

NOINLINE static void build(int w[N][N], long seed) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            w[i][j] = i == j ? 0 : (int)((i * 31 + j * 17 + seed) % 50) + 1;
}

NOINLINE static void shortest(int w[N][N], int src, int *dist) {
    unsigned char done[N] = {0};
    for (int i = 0; i < N; i++)
        dist[i] = 1 << 29;
    dist[src] = 0;
    for (int round = 0; round < N; round++) {
        int u = -1;
        for (int i = 0; i < N; i++)
            if (!done[i] && (u < 0 || dist[i] < dist[u]))
                u = i;
        done[u] = 1;
        for (int v = 0; v < N; v++)
            if (dist[u] + w[u][v] < dist[v])
                dist[v] = dist[u] + w[u][v];
    }
}

long dijkstra_entry(long seed) {
    int w[N][N], dist[N];
    build(w, seed);
    long total = 0;
    for (int s = 0; s < N; s += 5) {
        shortest(w, s, dist);
        for (int i = 0; i < N; i++)
            total += dist[i];
    }
    return total;
}
