// `pick` is an ifunc whose resolver returns one of two local functions; `opaque` is one whose
// resolver returns a pointer loaded from memory.
void consume(char *);
static long pick_big(long x) {
    char buf[500];
    buf[0] = (char)x;
    consume(buf);
    return x;
}
static long pick_small(long x) { return x + 1; }
int prefer_big = 1;
static void *resolve_pick(void) { return prefer_big ? (void *)pick_big : (void *)pick_small; }
long pick(long) __attribute__((ifunc("resolve_pick")));
extern void *opaque_table[];
static void *resolve_opaque(void) { return opaque_table[0]; }
long opaque(long) __attribute__((ifunc("resolve_opaque")));
