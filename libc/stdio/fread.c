#include "stdio_impl.h"

size_t fread(void *restrict buf, size_t size, size_t nmemb, FILE *restrict f) {
  __stdio_lock(f);
  size_t r = fread_unlocked(buf, size, nmemb, f);
  __stdio_unlock(f);
  return r;
}
