/* The external `sink` of a.c, defined here so that nothing is unknown. */
void sink(char *p) { __asm__ volatile("" ::"r"(p) : "memory"); }
