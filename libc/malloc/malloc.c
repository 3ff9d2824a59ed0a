#include <stdlib.h>

#include "malloc_impl.h"

void *malloc(size_t n) {
  if (n <= MALLOC_SMALL_MAX)
    return __malloc_class_alloc(__malloc_class_of(n));
  return __malloc_large_alloc(n, 0, false);
}
