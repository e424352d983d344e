// `api` is an alias of `api_impl`, defined here and called from alias_use.c. `hookable` is a
// weak alias of a shallow default; weak_override.c defines a strong, deeper `hookable`.
void consume(char *);
void api_impl(void) {
    char buf[1000];
    consume(buf);
}
void api(void) __attribute__((alias("api_impl")));
static void hookable_default(void) {}
void hookable(void) __attribute__((weak, alias("hookable_default")));
void call_hookable(void) { hookable(); }
