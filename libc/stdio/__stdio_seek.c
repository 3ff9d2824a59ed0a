#include <errno.h>

#include "stdio_impl.h"

int __stdio_seek(FILE *f, off_t offset, int whence) {
  if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
    errno = EINVAL;
    return -1;
  }
  if (f->s.wpos != NULL && __stdio_flush(f) != 0)
    return -1;
  if (whence == SEEK_CUR && f->s.rpos != NULL) {
    // The backend is ahead by the read-ahead.
    offset -= f->s.rend - f->s.rpos;
    if (f->s.flags & F_PUSHBACK)
      offset -= f->s.saved_rend - f->s.saved_rpos;
  }
  off_t pos;
  int err = f->s.ops->seek(f, offset, whence, &pos);
  if (err != 0) {
    errno = err;
    return -1;
  }
  f->s.rpos = f->s.rend = NULL;
  f->s.flags &= ~(F_PUSHBACK | F_EOF);
  return 0;
}
