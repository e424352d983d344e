// validate: about a producer/consumer simulation over a ring buffer of structs (copies in and out)
// validate: entry ring_entry 500
#include "sb.h"

struct msg {
    long id, payload[3];
};

struct ring {
    struct msg slots[16];
    unsigned head, tail;
};

NOINLINE static int produce(struct ring *r, struct msg m) {
    if (r->tail - r->head == 16)
        return 0;
    r->slots[r->tail++ % 16] = m;
    return 1;
}

NOINLINE static int consume(struct ring *r, struct msg *out) {
    if (r->tail == r->head)
        return 0;
    *out = r->slots[r->head++ % 16];
    return 1;
}

long ring_entry(long n) {
    struct ring r = {.head = 0, .tail = 0};
    long sum = 0, next = 0;
    for (long step = 0; step < n; step++) {
        if (step % 3 != 2) {
            struct msg m = {next, {next * 2, next * 3, next ^ 5}};
            next += produce(&r, m);
        } else {
            struct msg m;
            while (consume(&r, &m))
                sum += m.id + m.payload[2];
        }
    }
    return sum * 1000 + next;
}
