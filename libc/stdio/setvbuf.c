#include <errno.h>
#include <stdlib.h>

#include "stdio_impl.h"

// Must come before any other operation on the stream (C11 7.21.5.6).
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
    errno = EINVAL;
    return -1;
  }
  __stdio_lock(f);
  if (f->s.rpos != NULL || f->s.wpos != NULL) {
    __stdio_unlock(f);
    errno = EBUSY;
    return -1;
  }
  free(f->s.buf_alloc);
  f->s.buf_alloc = NULL;
  f->s.buf = NULL;
  f->s.bufsize = 0;
  f->s.bufmode = mode;
  if (mode != _IONBF && buf != NULL && size > 0) {
    f->s.buf = (unsigned char *)buf;
    f->s.bufsize = size;
  }
  __stdio_unlock(f);
  return 0;
}
