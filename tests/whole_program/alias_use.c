// Calls the alias `api` (a declaration here), and runs a table of callbacks whose targets are
// defined in callbacks.c: their addresses are taken only in this module's initializer.
void api(void);
void cb_light(int);
void cb_heavy(int);
void (*callbacks[])(int) = {cb_light, cb_heavy};
void use_api(void) { api(); }
void run_callbacks(int n) {
    for (int i = 0; i < 2; i++)
        callbacks[i](n);
}
