#include <errno.h>

#include "stdio_impl.h"

int fileno_unlocked(FILE *f) {
  if (f->s.fd < 0) {
    errno = EBADF;
    return -1;
  }
  return f->s.fd;
}
