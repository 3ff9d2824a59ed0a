#include <stdlib.h>
#include <string.h>

#include "malloc_impl.h"

// realloc(p, 0) with p != NULL behaves like any other size: the result is a
// unique pointer to an object of size zero (possibly p), and NULL only with
// errno = ENOMEM, in which case p is untouched.
void *realloc(void *p, size_t n) {
  if (p == NULL)
    return malloc(n);
  struct malloc_owner o = __malloc_owner(p);
  if (o.c == MALLOC_NCLASSES)
    return __malloc_large_realloc(o.large, n);
  size_t have = __malloc_classes[o.c].size;
  // Stay if the object fits and would not waste more than half its slot.
  if (n <= have && (n >= have / 2 || o.c == 0))
    return p;
  void *q = malloc(n);
  if (q == NULL)
    return NULL;
  memcpy(q, p, n < have ? n : have);
  __malloc_class_free(p, o.c);
  return q;
}
