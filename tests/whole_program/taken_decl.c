// `malloc` (declared, defined in no analysed module) is stored in a pointer: an indirect call
// through `alloc_hook` may reach it. `never` has a signature no taken function has.
typedef unsigned long size_t;
void *malloc(size_t);
void *(*volatile alloc_hook)(size_t) = malloc;
void *allocate(size_t n) { return alloc_hook(n); }
double (*volatile never_set)(double, double);
double no_candidate(double x) { return never_set(x, x); }
