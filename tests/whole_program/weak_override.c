// The strong `hookable`, which beats the weak alias in alias_impl.c.
void consume(char *);
void hookable(void) {
    char buf[2000];
    consume(buf);
}
