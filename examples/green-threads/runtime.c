// A minimal green-thread runtime: every task runs on a stack of exactly the size stackbound
// wrote into the annotated module (@__stackbound.<task>), with a PROT_NONE guard directly
// below its lowest byte. See README.md.
//
//   gt all           run every task, interleaved (they yield), each on its exact stack
//   gt one TASK D    run TASK alone on a stack of (its size + D) bytes; with D < 0 a task
//                    whose worst path runs touches the guard and the process dies of SIGSEGV
//
// Each line of output: TASK <name> bound=<annotated> stack=<bytes below S0> measured=<deepest
// byte written below S0> result=<value>.
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

// The tasks and their bounds, read from the annotated module: the constants are named
// `__stackbound.<function>`, which C reaches with an asm label.
#define TASKS(X) X(deep_chain) X(big_locals) X(struct_copy) X(dispatch) X(yielder)
#define DECLARE(fn)                                                            \
  long fn(long);                                                               \
  extern const uint64_t sb_##fn __asm__("__stackbound." #fn);
TASKS(DECLARE)
#define STACKBOUND_NONE UINT64_MAX // the annotation of a function without a bound

struct task {
  const char *name;
  long (*fn)(long);
  uint64_t bound;
};
static const struct task tasks[] = {
#define ENTRY(fn) {#fn, fn, 0},
    TASKS(ENTRY)};
#define NTASKS (sizeof tasks / sizeof tasks[0])

// Read by switch_*.S.
void *gt_sched_sp;      // the scheduler's saved SP
void **gt_cur_sp_slot;  // where gt_yield saves the running task's SP
long *gt_cur_result;    // where gt_start stores the task's result

long gt_switch(void **save_sp, void *new_sp, long value);
void gt_start(void);

#if defined(__x86_64__)
// Above S0: the initial frame that gt_switch pops into gt_start (6 registers + return address).
#define TRAMPOLINE 56
#elif defined(__aarch64__)
// Above S0: the initial 160-byte frame that RESTORE pops into gt_start.
#define TRAMPOLINE 160
#else
#error "x86-64 or AArch64 only"
#endif
#define GUARD (64 * 1024) // PROT_NONE below the stack: larger than any frame here
#define PAINT 0xA5

struct thread {
  const struct task *task;
  void *sp;
  long result;
  int done;
  size_t stack;   // usable bytes below S0
  char *lo, *s0;  // lowest usable byte, and S0 (the SP at the call into the task)
};

static void die(const char *what) {
  perror(what);
  exit(2);
}

// Maps GUARD + stack + TRAMPOLINE bytes (rounded up to pages at the top only) so that the
// lowest usable byte sits right above the guard, and builds the initial frame above S0.
static void spawn(struct thread *t, const struct task *task, size_t stack, long arg) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t len = GUARD + ((stack + TRAMPOLINE + page - 1) / page) * page;
  char *base = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED)
    die("mmap");
  if (mprotect(base, GUARD, PROT_NONE) != 0)
    die("mprotect");
  t->task = task;
  t->stack = stack;
  t->lo = base + GUARD;
  t->s0 = t->lo + stack;
  t->done = 0;
  memset(t->lo, PAINT, stack);
  uint64_t *frame = (uint64_t *)t->s0;
  memset(frame, 0, TRAMPOLINE);
#if defined(__x86_64__)
  // popped as r15, r14, r13, r12, rbx, rbp, then `ret` to gt_start
  frame[2] = (uint64_t)t->s0;       // r13
  frame[3] = (uint64_t)arg;         // r12
  frame[4] = (uint64_t)task->fn;    // rbx
  frame[6] = (uint64_t)gt_start;    // return address
#else
  frame[0] = (uint64_t)task->fn;    // x19
  frame[1] = (uint64_t)arg;         // x20
  frame[2] = (uint64_t)t->s0;       // x21
  frame[11] = (uint64_t)gt_start;   // x30
#endif
  t->sp = t->s0;
}

static size_t measured(const struct thread *t) {
  for (char *p = t->lo; p < t->s0; p++)
    if ((unsigned char)*p != PAINT)
      return (size_t)(t->s0 - p);
  return 0;
}

// Round-robin until every thread has returned.
static void run(struct thread *ts, size_t n) {
  size_t live = n;
  while (live > 0)
    for (size_t i = 0; i < n; i++) {
      if (ts[i].done)
        continue;
      gt_cur_sp_slot = &ts[i].sp;
      gt_cur_result = &ts[i].result;
      if (gt_switch(&gt_sched_sp, ts[i].sp, 0) == 1) {
        ts[i].done = 1;
        live--;
      }
    }
}

// The stack a task gets: its bound, rounded up to the 16 bytes the ABI wants S0 aligned to
// (a bound that is 8 mod 16, possible on x86-64 only, gets 8 bytes more).
static size_t exact(const struct task *task) { return (task->bound + 15) & ~(uint64_t)15; }

static void report(const struct thread *t) {
  printf("TASK %s bound=%llu stack=%zu measured=%zu result=%ld\n", t->task->name,
         (unsigned long long)t->task->bound, t->stack, measured(t), t->result);
}

int main(int argc, char **argv) {
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core); // the fault is expected: no core files
  setvbuf(stdout, NULL, _IOLBF, 0);
  struct task all[NTASKS];
  memcpy(all, tasks, sizeof all);
  size_t i = 0;
#define BOUND(fn) all[i++].bound = sb_##fn;
  TASKS(BOUND)
  for (i = 0; i < NTASKS; i++)
    if (all[i].bound == STACKBOUND_NONE) {
      fprintf(stderr, "gt: %s has no stack bound (annotated -1)\n", all[i].name);
      return 2;
    }
  if (argc == 2 && strcmp(argv[1], "all") == 0) {
    struct thread ts[NTASKS];
    for (i = 0; i < NTASKS; i++)
      spawn(&ts[i], &all[i], exact(&all[i]), 2 * (long)i + 1); // odd: dispatch takes op_big
    run(ts, NTASKS);
    for (i = 0; i < NTASKS; i++)
      report(&ts[i]);
    return 0;
  }
  if (argc == 4 && strcmp(argv[1], "one") == 0) {
    long delta = strtol(argv[3], NULL, 10);
    for (i = 0; i < NTASKS; i++)
      if (strcmp(all[i].name, argv[2]) == 0) {
        long size = (long)exact(&all[i]) + delta;
        if (size < 16) {
          fprintf(stderr, "gt: a stack of %ld bytes is too small\n", size);
          return 2;
        }
        struct thread t;
        spawn(&t, &all[i], (size_t)size, 1);
        printf("START %s stack=%ld\n", all[i].name, size);
        run(&t, 1);
        report(&t);
        return 0;
      }
    fprintf(stderr, "gt: no task %s\n", argv[2]);
    return 2;
  }
  fprintf(stderr, "usage: gt all | gt one TASK DELTA\n");
  return 2;
}
