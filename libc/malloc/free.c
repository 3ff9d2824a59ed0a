#include <stdlib.h>

#include "malloc_impl.h"

void free(void *p) {
  if (p == NULL)
    return;
  struct malloc_owner o = __malloc_owner(p);
  if (o.c < MALLOC_NCLASSES)
    __malloc_class_free(p, o.c);
  else
    __malloc_large_free(o.large);
}
