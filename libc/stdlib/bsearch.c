#include <stdlib.h>

void *(bsearch)(const void *key, const void *base, size_t nel, size_t width,
                int (*compar)(const void *, const void *)) {
  const char *lo = base;
  while (nel > 0) {
    const char *mid = lo + (nel / 2) * width;
    int c = compar(key, mid);
    if (c == 0)
      return (void *)mid;
    if (c > 0) {
      lo = mid + width;
      nel -= nel / 2 + 1;
    } else {
      nel /= 2;
    }
  }
  return NULL;
}
