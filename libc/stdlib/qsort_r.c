#include <stdlib.h>

// The comparator receives `arg` as its third argument (glibc's order).
#define QSORT_NAME(suffix) sort##suffix
#define QSORT_CMP_PARAMS \
  int (*cmp)(const void *, const void *, void *), void *arg
#define QSORT_CMP_ARGS cmp, arg
#define QSORT_CMP(a, b) cmp(a, b, arg)
#include "qsort_impl.h"

void qsort_r(void *base, size_t nel, size_t width,
             int (*compar)(const void *, const void *, void *), void *arg) {
  sort(base, nel, width, compar, arg);
}
