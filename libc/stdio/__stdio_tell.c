#include <errno.h>

#include "stdio_impl.h"

off_t __stdio_tell(FILE *f) {
  // In append mode the position of pending output is only known once it
  // has been written.
  if (f->s.wpos != NULL && (f->s.flags & F_APPEND) && __stdio_flush(f) != 0)
    return -1;
  off_t pos;
  int err = f->s.ops->seek(f, 0, SEEK_CUR, &pos);
  if (err != 0) {
    errno = err;
    return -1;
  }
  if (f->s.rpos != NULL) {
    pos -= f->s.rend - f->s.rpos;
    if (f->s.flags & F_PUSHBACK)
      pos -= f->s.saved_rend - f->s.saved_rpos;
  } else if (f->s.wpos != NULL) {
    pos += f->s.wpos - f->s.buf;
  }
  return pos;
}
