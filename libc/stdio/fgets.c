#include "stdio_impl.h"

char *fgets(char *restrict s, int n, FILE *restrict f) {
  __stdio_lock(f);
  char *r = fgets_unlocked(s, n, f);
  __stdio_unlock(f);
  return r;
}
