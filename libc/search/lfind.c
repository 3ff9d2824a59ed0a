#include <search.h>

void *lfind(const void *key, const void *base, size_t *nelp, size_t width,
            int (*compar)(const void *, const void *)) {
  const char *p = base;
  for (size_t i = 0; i < *nelp; i++, p += width)
    if (compar(key, p) == 0)
      return (void *)p;
  return NULL;
}
