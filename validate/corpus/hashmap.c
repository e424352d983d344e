// validate: about an open-addressing hash map of short strings (insert, lookup, update) in the caller's frame
// validate: entry hashmap_entry 100
#include "sb.h"

struct slot {
    char key[12];
    long value;
    int used;
};

struct map {
    struct slot slots[256];
};

NOINLINE static unsigned hash(const char *k) {
    unsigned h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 16777619u;
    return h;
}

NOINLINE static int same(const char *a, const char *b) {
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

NOINLINE static struct slot *find(struct map *m, const char *key, int insert) {
    for (unsigned i = hash(key), n = 0; n < 256; i++, n++) {
        struct slot *s = &m->slots[i & 255];
        if (s->used && same(s->key, key))
            return s;
        if (!s->used) {
            if (!insert)
                return 0;
            s->used = 1;
            int k = 0;
            for (; key[k] && k < 11; k++)
                s->key[k] = key[k];
            s->key[k] = 0;
            s->value = 0;
            return s;
        }
    }
    return 0;
}

long hashmap_entry(long n) {
    struct map m = {0};
    char key[12];
    if (n > 200)
        n = 200;
    for (long i = 0; i < n * 2; i++) {
        long v = i % n;
        int k = 0;
        key[k++] = 'k';
        do {
            key[k++] = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        key[k] = 0;
        find(&m, key, 1)->value += i;
    }
    struct slot *s = find(&m, "k7", 0);
    return s ? s->value : -1;
}
