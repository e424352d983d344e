/* Census source: thread-local variables. Under -fPIC with the dynamic TLS
 * models every access calls into the runtime (__tls_get_addr, or a TLS
 * descriptor), and those calls appear only when the AsmPrinter lowers a
 * pseudo. See tests/tests/census.rs. */
__thread int tv;
static __thread int stv;
extern __thread long ext_tv;
void use(int *);

int get_tv(void) { return tv; }
long get_ext(void) { return ext_tv; }

int touch(int x) {
  int a[4] = {x, x, x, x};
  use(a);
  stv += x;
  tv += a[1];
  return stv;
}

int loop_tls(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    use(&s);
    s += tv + stv;
  }
  return s;
}
