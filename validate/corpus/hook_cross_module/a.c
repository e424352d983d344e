/* The deep target: its address is taken only in b.c. */
void sink(char *);
void deep(void *p) {
    char buf[4096];
    buf[0] = (char)(long)p;
    sink(buf);
}
