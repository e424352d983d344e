/* The hook: initialised to a shallow local function, set to a.c's `deep` before it is called. */
void deep(void *);
static void small(void *p) { (void)p; }
void (*volatile hook)(void *) = small;
void set_deep(void) { hook = deep; }
void run(void *p) { hook(p); }
