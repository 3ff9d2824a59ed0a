#include <string.h>

#include "stdio_impl.h"

size_t __stdio_read(FILE *f, void *data, size_t n) {
  unsigned char *p = data;
  size_t done = 0;
  while (done < n) {
    size_t avail = (size_t)(f->s.rend - f->s.rpos);
    if (f->s.rpos != NULL && avail > 0) {
      if (avail > n - done)
        avail = n - done;
      memcpy(p + done, f->s.rpos, avail);
      f->s.rpos += avail;
      done += avail;
      continue;
    }
    if (!(f->s.flags & F_PUSHBACK) && n - done >= f->s.bufsize && f->s.bufsize > 1 &&
        !(f->s.flags & F_EOF)) {
      // Large request: read straight into the caller's memory.
      if (__stdio_to_read(f) != 0)
        break;
      ptrdiff_t r = f->s.ops->read(f, p + done, n - done);
      if (r <= 0) {
        f->s.flags |= r == 0 ? F_EOF : F_ERR;
        break;
      }
      done += (size_t)r;
      continue;
    }
    if (__stdio_fill(f) == 0)
      break;
  }
  return done;
}
