// Module c: the external `sink`.
void sink(char *p) { __asm__ volatile("" : : "r"(p) : "memory"); }
