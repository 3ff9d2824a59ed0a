#include <errno.h>
#include <stdlib.h>

#include "stdio_impl.h"

int fclose(FILE *f) {
  __stdio_lock(f);
  int r = __stdio_flush(f);
  int err = f->s.ops->close(f);
  if (err != 0) {
    errno = err;
    r = EOF;
  }
  free(f->s.buf_alloc);
  if (f->is_static) {
    // A standard stream stays an object that fails every operation.
    __stdio_init(f, &__stdio_fd_ops, -1, F_NORD | F_NOWR);
    __stdio_unlock(f);
    return r;
  }
  __stdio_unlock(f);
  __stdio_unlink(f);
  free(f);
  return r;
}
