// The callbacks' code and `consume`; nothing here takes their addresses.
void consume(char *p) { __asm__ volatile("" : : "r"(p) : "memory"); }
void cb_light(int n) { (void)n; }
void cb_heavy(int n) {
    char buf[3000];
    buf[0] = (char)n;
    consume(buf);
}
