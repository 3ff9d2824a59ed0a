#include <errno.h>
#include <stdlib.h>

#include "malloc_impl.h"

// Any power of two is accepted as an alignment, and the size need not be a
// multiple of it (C17 DR 460).
void *aligned_alloc(size_t align, size_t n) {
  if (align == 0 || (align & (align - 1)) != 0) {
    errno = EINVAL;
    return NULL;
  }
  return __malloc_aligned(align, n);
}
