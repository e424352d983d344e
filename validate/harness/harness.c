/* The runtime half of `cargo xtask validate` (docs/validation.md).
 *
 * For every entry in sb_entries (generated per corpus program), the harness:
 *   1. uses a region of its own: a PROT_NONE guard page, `stack` bytes of stack, then at least
 *      one page above the top that the entry must never write;
 *   2. paints the whole region with a position-dependent pattern (a hash of each word's address),
 *      so that neither a stored constant nor a copy of uninitialised stack can look unmodified;
 *   3. calls the entry through sb_call_on_stack with SP = top (S0, the report's reference);
 *   4. scans up from the guard page for the lowest byte that differs from the pattern:
 *      measured depth = top - that byte's address.
 * Steps 2-4 run twice, with the pattern and its bitwise complement, so every byte differs between
 * the two paints: a byte a function happens to store with the pattern's value is caught by the
 * other run. The measured depth is the larger of the two.
 *
 * `--offsets N` repeats all of this with top lowered by 0, 16, ..., 16*(N-1) bytes and keeps the
 * deepest result (each measured from its own top): a function that realigns SP uses a different
 * amount of slack for each alignment of its caller's SP, and one of them is the worst case.
 * `--offset-step S` uses steps of S bytes instead of 16 (8 on ARM: AAPCS aligns SP to 8 only).
 *
 * Before any entry it measures sb_selftest (trampoline_<arch>.S), whose depth is known exactly,
 * and exits with status 3 if the answer differs: the reference point and the scan are checked on
 * every run.
 *
 * `--dlopen LIB` takes the entry table from LIB (`// validate: dlopen`), opened with dlopen before
 * anything is measured, instead of from the binary: the libraries LIB needs are then loaded by
 * dlopen, not at startup, and their thread-local storage is allocated on first use.
 *
 * The harness itself runs on the process stack; only the entry runs on the painted region.
 * Output, one line per entry (tab-separated), read by xtask/src/validate.rs:
 *   SB <name> <depth> <result> <above>
 * `above` counts bytes written above top (into the caller's frame): it must be 0.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "harness.h"

/* Defined by the generated entry table when it is linked into the binary; else `--dlopen`. */
#pragma weak sb_entries
#pragma weak sb_entry_count

#include "paint.h"

static int wanted(const char *name, int argc, char **argv, int first) {
    if (first >= argc)
        return 1;
    for (int i = first; i < argc; i++)
        if (strcmp(argv[i], name) == 0)
            return 1;
    return 0;
}

struct measurement {
    size_t depth;       /* deepest byte written, below top */
    size_t wrote_above; /* bytes written at or above top: must be 0 */
    long results[2];
};

/* Runs fn(arg) at each of `offsets` tops 16 bytes apart, twice each (pattern, complement). */
static long offset_step = 16;

static struct measurement measure(unsigned char *base, size_t page, size_t stack, size_t above, long offsets,
                                  sb_entry_fn fn, long arg) {
    const uint64_t seed = 0x5b0d2c3a9e17f461ull;
    uint64_t *lo = (uint64_t *)(base + page);
    unsigned char *page_top = base + page + stack; /* page-aligned, so 16-byte aligned */
    uint64_t *hi = (uint64_t *)(page_top + above);
    struct measurement m = {0, 0, {0, 0}};
    for (long off = 0; off < offsets; off++) {
        unsigned char *top = page_top - off * offset_step;
        for (int run = 0; run < 2; run++) {
            paint(lo, hi, seed, run);
            long r = sb_call_on_stack(top, fn, arg);
            if (off == 0)
                m.results[run] = r;
            else if (r != m.results[0])
                m.results[1] = r;
            unsigned char *low = lowest_modified(lo, (uint64_t *)top, seed, run);
            size_t d = (size_t)(top - low);
            if (d > m.depth)
                m.depth = d;
            size_t a = count_modified((uint64_t *)top, hi, seed, run);
            if (a > m.wrote_above)
                m.wrote_above = a;
        }
    }
    return m;
}

int main(int argc, char **argv) {
    size_t stack = 1u << 20;
    long offsets = 1;
    int first = 1;
    const char *library = NULL;
    while (first + 1 < argc && argv[first][0] == '-' && argv[first][1] == '-') {
        if (strcmp(argv[first], "--dlopen") == 0)
            library = argv[first + 1];
        else if (strcmp(argv[first], "--stack") == 0)
            stack = strtoull(argv[first + 1], NULL, 0);
        else if (strcmp(argv[first], "--offsets") == 0)
            offsets = strtol(argv[first + 1], NULL, 0);
        else if (strcmp(argv[first], "--offset-step") == 0)
            offset_step = strtol(argv[first + 1], NULL, 0);
        else
            break;
        first += 2;
    }
    if (offsets < 1)
        offsets = 1;
    if (offset_step < 8 || offset_step % 8 != 0)
        offset_step = 16;
    const struct sb_entry *entries = sb_entries;
    int entry_count = &sb_entry_count ? sb_entry_count : 0;
    if (library) {
        void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            fprintf(stderr, "harness: dlopen: %s\n", dlerror());
            return 2;
        }
        entries = dlsym(handle, "sb_entries");
        const int *count = dlsym(handle, "sb_entry_count");
        if (!entries || !count) {
            fprintf(stderr, "harness: %s has no entry table\n", library);
            return 2;
        }
        entry_count = *count;
    } else if (!entries) {
        fprintf(stderr, "harness: no entry table (linked in, or --dlopen LIB)\n");
        return 2;
    }
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    stack = (stack + page - 1) / page * page;
    size_t above = (page + (size_t)offsets * (size_t)offset_step + page - 1) / page * page;
    size_t total = page + stack + above;

    unsigned char *base = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
        fprintf(stderr, "harness: mmap %zu bytes: %s\n", total, strerror(errno));
        return 2;
    }
    /* A guard page below the stack: an entry that overflows it faults instead of writing on. */
    if (mprotect(base, page, PROT_NONE) != 0) {
        fprintf(stderr, "harness: mprotect guard: %s\n", strerror(errno));
        return 2;
    }

    /* The measurement measures itself first, on a function of known depth. */
    struct measurement self = measure(base, page, stack, above, offsets, sb_selftest, 0);
    if (self.depth != SB_SELFTEST_DEPTH || self.wrote_above != 0) {
        fprintf(stderr, "harness: self-test measured %zu bytes (%zu above top), expected exactly %d\n", self.depth,
                self.wrote_above, SB_SELFTEST_DEPTH);
        return 3;
    }

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int e = 0; e < entry_count; e++) {
        const struct sb_entry *entry = &entries[e];
        if (!wanted(entry->name, argc, argv, first))
            continue;
        struct measurement m = measure(base, page, stack, above, offsets, entry->fn, entry->arg);
        if (m.results[0] != m.results[1])
            fprintf(stderr, "harness: %s returned %ld, then %ld: the entry is not deterministic\n", entry->name,
                    m.results[0], m.results[1]);
        if (m.depth + page >= stack)
            fprintf(stderr, "harness: %s used %zu of the %zu-byte stack: raise `// validate: stack`\n", entry->name,
                    m.depth, stack);
        printf("SB\t%s\t%zu\t%ld\t%zu\n", entry->name, m.depth, m.results[0], m.wrote_above);
    }
    munmap(base, total);
    return 0;
}
