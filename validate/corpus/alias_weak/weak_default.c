/* A weak default, shallow; strong.c's strong definition of the same name wins at link time. */
#include "sb.h"

__attribute__((weak)) long hook_w(long x) { return x + 1; }

long use_hook(long x) { return hook_w(x) * 2; }
