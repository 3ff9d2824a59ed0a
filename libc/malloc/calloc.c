#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "malloc_impl.h"

void *calloc(size_t count, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  if (n > MALLOC_SMALL_MAX)
    return __malloc_large_alloc(n, 0, true);  // fresh mappings are zero
  void *p = __malloc_class_alloc(__malloc_class_of(n));
  if (p != NULL)
    memset(p, 0, n);
  return p;
}
