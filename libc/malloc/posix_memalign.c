#include <errno.h>
#include <stdlib.h>

#include "malloc_impl.h"

int posix_memalign(void **out, size_t align, size_t n) {
  if (align < sizeof(void *) || (align & (align - 1)) != 0)
    return EINVAL;
  // Report failure through the result only; errno is left as it was.
  int saved = errno;
  void *p = __malloc_aligned(align, n);
  if (p == NULL) {
    errno = saved;
    return ENOMEM;
  }
  *out = p;
  return 0;
}
