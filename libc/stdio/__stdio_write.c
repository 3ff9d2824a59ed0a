#include <string.h>

#include "stdio_impl.h"

size_t __stdio_write(FILE *f, const void *data, size_t n) {
  const unsigned char *p = data;
  if (n == 0)
    return 0;
  if (__stdio_to_write(f) != 0)
    return 0;
  if (f->s.bufmode == _IONBF) {
    // Report how much got through before a failure.
    size_t done = 0;
    while (done < n) {
      ptrdiff_t w = f->s.ops->write(f, p + done, n - done);
      if (w < 0) {
        f->s.flags |= F_ERR;
        break;
      }
      done += (size_t)w;
    }
    return done;
  }
  size_t done = 0;
  size_t room = (size_t)(f->s.wend - f->s.wpos);
  if (n > room) {
    // Fill the buffer and write it out; a remainder larger than the
    // buffer goes to the backend directly.
    if (f->s.wpos > f->s.buf) {
      memcpy(f->s.wpos, p, room);
      f->s.wpos += room;
      done = room;
      if (__stdio_drain(f) != 0)
        return 0;  // the bytes this call buffered are not known to be written
    }
    if (n - done >= f->s.bufsize) {
      while (done < n) {
        ptrdiff_t w = f->s.ops->write(f, p + done, n - done);
        if (w < 0) {
          f->s.flags |= F_ERR;
          return done;
        }
        done += (size_t)w;
      }
      return n;
    }
  }
  memcpy(f->s.wpos, p + done, n - done);
  f->s.wpos += n - done;
  if (f->s.bufmode == _IOLBF && memchr(p, '\n', n) != NULL && __stdio_drain(f) != 0)
    return n;  // the data was accepted; the error indicator tells the rest
  return n;
}
