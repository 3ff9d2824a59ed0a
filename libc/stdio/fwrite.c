#include "stdio_impl.h"

size_t fwrite(const void *restrict buf, size_t size, size_t nmemb, FILE *restrict f) {
  __stdio_lock(f);
  size_t r = fwrite_unlocked(buf, size, nmemb, f);
  __stdio_unlock(f);
  return r;
}
