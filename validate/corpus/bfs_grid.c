// validate: about breadth-first search on a 24x24 maze with a ring-buffer queue
// validate: entry bfs_entry 5
#include "sb.h"

#define W 24

struct queue {
    int head, tail;
    short cell[W * W];
};

NOINLINE static void push(struct queue *q, int c) {
    q->cell[q->tail++ % (W * W)] = (short)c;
}

NOINLINE static int bfs(const unsigned char *wall, int start, int goal) {
    short dist[W * W];
    struct queue q = {0, 0, {0}};
    for (int i = 0; i < W * W; i++)
        dist[i] = -1;
    dist[start] = 0;
    push(&q, start);
    static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
    while (q.head < q.tail) {
        int c = q.cell[q.head++ % (W * W)];
        if (c == goal)
            return dist[c];
        for (int d = 0; d < 4; d++) {
            int x = c % W + dx[d], y = c / W + dy[d];
            if (x < 0 || y < 0 || x >= W || y >= W)
                continue;
            int n = y * W + x;
            if (!wall[n] && dist[n] < 0) {
                dist[n] = (short)(dist[c] + 1);
                push(&q, n);
            }
        }
    }
    return -1;
}

long bfs_entry(long seed) {
    unsigned char wall[W * W];
    for (int i = 0; i < W * W; i++)
        wall[i] = (unsigned char)((i % W) % 4 == 2 && (i / W + seed) % W != 0);
    wall[0] = wall[W * W - 1] = 0;
    return bfs(wall, 0, W * W - 1);
}
