// The seed example (examples/seed/seed.ll) with `Spaceship.launch` as a C++ virtual call, and
// function pointers, for `stackbound --resolve-indirect`. Regenerate the IR with
//   clang++-22 -fexperimental-call-graph-section -O2 -S -emit-llvm --target=<triple> \
//     -fno-exceptions -fno-rtti ships.cpp -o ships-<arch>.ll
// (x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu). clang then puts `!type` (generalized
// type ids) on every function and `!callee_type` on every indirect call.
extern "C" void println(const char *);

long triple(long x) { return x * 3; }
long factorial(long z) { return z < 2 ? 1 : z * factorial(z - 1); }

struct IShip {
  virtual void launch() = 0;
};
struct Spaceship : IShip {
  void launch() override;
};
struct Rocket : IShip {
  long stages;
  void launch() override;
};

void Spaceship::launch() { println("Launching!"); }

// A deeper launch: a 256-byte buffer on the stack.
void Rocket::launch() {
  char buf[256];
  for (int i = 0; i < 256; i++)
    buf[i] = (char)(stages + i);
  buf[255] = 0;
  println(buf);
}

// The virtual call: which launch runs is only known at run time.
__attribute__((noinline)) void launch_it(IShip &ship) { ship.launch(); }

// Function pointers of type long(long): triple and factorial are candidates of `apply`,
// and `countdown` is recursive only through its pointer.
long countdown(long n);
long (*const ops[])(long) = {triple, factorial, countdown};
__attribute__((noinline)) long apply(int k, long x) { return ops[k](x); }
long countdown(long n) { return n <= 0 ? 0 : apply(2, n - 1) + 1; }

int main(int argc, char **) {
  long x = 2;
  long z = triple(x);
  long f = factorial(x);
  Spaceship s;
  Rocket r;
  r.stages = argc;
  if (f < 10)
    launch_it(argc > 1 ? (IShip &)r : (IShip &)s);
  return (int)(z + apply(argc & 1, x));
}
