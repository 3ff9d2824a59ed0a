#include <malloc.h>

#include "malloc_impl.h"

size_t malloc_usable_size(void *p) {
  if (p == NULL)
    return 0;
  struct malloc_owner o = __malloc_owner(p);
  if (o.c == MALLOC_NCLASSES)
    return __malloc_large_usable(o.large);
  return __malloc_classes[o.c].size;
}
