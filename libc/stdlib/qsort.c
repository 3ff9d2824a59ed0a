#include <stdlib.h>

#define QSORT_NAME(suffix) sort##suffix
#define QSORT_CMP_PARAMS int (*cmp)(const void *, const void *)
#define QSORT_CMP_ARGS cmp
#define QSORT_CMP(a, b) cmp(a, b)
#include "qsort_impl.h"

void (qsort)(void *base, size_t nel, size_t width,
             int (*compar)(const void *, const void *)) {
  sort(base, nel, width, compar);
}
