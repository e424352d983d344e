/* A callback table in a global initializer; its targets are defined in callbacks.c. */
long cb_small(long x);
long cb_mid(long x);
long cb_deep(long x);

long (*const callbacks[3])(long) = {cb_small, cb_mid, cb_deep};
