/* Census source: XRay custom and typed event sleds. With -fxray-instrument
 * each holds a real call to the runtime's trampoline (__xray_CustomEvent,
 * __xray_TypedEvent) that the AsmPrinter emits for a pseudo; without it clang
 * drops the builtins. See tests/tests/census.rs. */
void use(int *);

int events(int x, const char *buf, unsigned long len) {
  int a[4] = {x, 0, 0, 0};
  use(a);
  __xray_customevent(buf, len);
  __xray_typedevent(7, buf, len);
  return a[0];
}

int leaf(int x) { return x * 3 + 1; }
int tail(int x) { use(0); return leaf(x + 1); }
