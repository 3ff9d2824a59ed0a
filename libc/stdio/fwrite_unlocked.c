#include <errno.h>

#include "stdio_impl.h"

size_t fwrite_unlocked(const void *restrict buf, size_t size, size_t nmemb,
                       FILE *restrict f) {
  size_t total;
  if (size == 0 || nmemb == 0)
    return 0;
  if (__builtin_mul_overflow(size, nmemb, &total)) {
    f->s.flags |= F_ERR;
    errno = EOVERFLOW;
    return 0;
  }
  return __stdio_write(f, buf, total) / size;
}
