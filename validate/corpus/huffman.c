// validate: about Huffman coding: counts, an array min-heap, tree building and code lengths without recursion
// validate: entry huffman_entry 500
#include "sb.h"

struct heap {
    int n;
    int node[512];
    unsigned weight[512];
};

NOINLINE static void heap_push(struct heap *h, int node, unsigned w) {
    int i = h->n++;
    while (i > 0 && h->weight[(i - 1) / 2] > w) {
        h->node[i] = h->node[(i - 1) / 2];
        h->weight[i] = h->weight[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->node[i] = node;
    h->weight[i] = w;
}

NOINLINE static int heap_pop(struct heap *h, unsigned *w) {
    int top = h->node[0];
    *w = h->weight[0];
    int last = h->node[--h->n];
    unsigned lw = h->weight[h->n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= h->n)
            break;
        if (c + 1 < h->n && h->weight[c + 1] < h->weight[c])
            c++;
        if (h->weight[c] >= lw)
            break;
        h->node[i] = h->node[c];
        h->weight[i] = h->weight[c];
        i = c;
    }
    h->node[i] = last;
    h->weight[i] = lw;
    return top;
}

/* Code length of each symbol: parents first, so one pass from the root down. */
NOINLINE static long code_lengths(const unsigned *count, unsigned char *len) {
    struct heap h = {0};
    int parent[512];
    int nodes = 256;
    for (int s = 0; s < 256; s++)
        if (count[s])
            heap_push(&h, s, count[s]);
    while (h.n > 1) {
        unsigned wa, wb;
        int a = heap_pop(&h, &wa), b = heap_pop(&h, &wb);
        parent[a] = parent[b] = nodes;
        heap_push(&h, nodes++, wa + wb);
    }
    int depth[512];
    depth[nodes - 1] = 0;
    for (int k = nodes - 2; k >= 256; k--)
        depth[k] = depth[parent[k]] + 1;
    long bits = 0;
    for (int s = 0; s < 256; s++) {
        len[s] = count[s] ? (unsigned char)(depth[parent[s]] + 1) : 0;
        bits += (long)len[s] * count[s];
    }
    return bits;
}

long huffman_entry(long n) {
    unsigned count[256] = {0};
    unsigned char len[256];
    for (long k = 0; k < n; k++)
        count[(k * k + 7 * k) % 37]++;
    return code_lengths(count, len);
}
