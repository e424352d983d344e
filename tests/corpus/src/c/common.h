/* Declarations shared by the corpus programs. The corpus is compiled with
 * -nostdlibinc: only clang's own headers (stdint.h, stddef.h, stdarg.h) are
 * used, so both triples build without a target sysroot. */
#ifndef CORPUS_COMMON_H
#define CORPUS_COMMON_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int puts(const char *s);
int printf(const char *fmt, ...);
int vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
void *malloc(size_t n);
void free(void *p);
void abort(void);
double sqrt(double);
double sin(double);
double cos(double);
double pow(double, double);
float fabsf(float);

/* Keeps the optimizer from deleting work: the value escapes to unknown code. */
void sink(const void *p, size_t n);
#endif
