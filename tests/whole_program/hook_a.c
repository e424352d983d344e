// The program, module a: `deep` has a 4 KB frame; its address is taken only in hook_b.c.
void sink(char *);
void deep(void *p) {
    char buf[4096];
    buf[0] = (char)(long)p;
    sink(buf);
}
