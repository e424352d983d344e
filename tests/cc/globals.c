/* Data: initialised and zero globals, static ones, constants, a constructor, a weak
   function, and a variable-length array. */
int initialised = 42;
int zeroed;
static int hidden_counter;
const int table[8] = {1, 2, 3, 5, 8, 13, 21, 34};
static const char message[] = "stackbound";
extern void use(char *, int);

__attribute__((weak)) int weak_fn(int x) { return x + table[x & 7]; }

__attribute__((constructor)) static void init(void) { hidden_counter = initialised; }

static int helper(int x) { return x * hidden_counter + zeroed; }

int global_fn(int n) {
    char vla[n + 1];
    for (int i = 0; i < n; i++)
        vla[i] = message[i % (int)(sizeof message - 1)];
    vla[n] = 0;
    use(vla, n);
    return helper(n) + weak_fn(n);
}
