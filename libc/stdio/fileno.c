#include "stdio_impl.h"

int fileno(FILE *f) {
  __stdio_lock(f);
  int fd = fileno_unlocked(f);
  __stdio_unlock(f);
  return fd;
}
