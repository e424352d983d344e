// Module b: the hook starts as `small` and is set to `deep` (defined in hook_a.c).
void deep(void *);
static void small(void *p) { (void)p; }
void (*volatile hook)(void *) = small;
void set_deep(void) { hook = deep; }
void run(void *p) { hook(p); }
