#include "stdio_impl.h"

size_t fread_unlocked(void *restrict buf, size_t size, size_t nmemb, FILE *restrict f) {
  size_t total;
  if (size == 0 || nmemb == 0)
    return 0;
  if (__builtin_mul_overflow(size, nmemb, &total))
    total = SIZE_MAX;
  return __stdio_read(f, buf, total) / size;
}
