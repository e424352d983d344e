/* Thread-local storage: defined, extern and static, read and written. */
__thread int counter;
extern __thread int shared_tls;
static __thread int local_tls[4];

int bump(void) { return ++counter; }

int read_shared(void) { return shared_tls + local_tls[counter & 3]; }

int *address_of(void) { return &local_tls[1]; }
