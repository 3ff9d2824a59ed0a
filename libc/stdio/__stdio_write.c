#include <string.h>

#include "stdio_impl.h"

// Hands data to the backend, reporting how much got through.
static size_t direct(FILE *f, const unsigned char *p, size_t n) {
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

// Stores data in the buffer, writing the buffer out as it fills; data
// larger than the buffer bypasses it.
static size_t buffered(FILE *f, const unsigned char *p, size_t n) {
  size_t room = (size_t)(f->s.wend - f->s.wpos);
  if (n <= room) {
    memcpy(f->s.wpos, p, n);
    f->s.wpos += n;
    return n;
  }
  size_t done = 0;
  if (f->s.wpos > f->s.buf) {
    memcpy(f->s.wpos, p, room);
    f->s.wpos += room;
    done = room;
    if (__stdio_drain(f) != 0)
      return 0;  // what this call buffered is not known to be written
  }
  if (n - done >= f->s.bufsize)
    return done + direct(f, p + done, n - done);
  memcpy(f->s.wpos, p + done, n - done);
  f->s.wpos += n - done;
  return n;
}

size_t __stdio_write(FILE *f, const void *data, size_t n) {
  const unsigned char *p = data;
  if (n == 0 || __stdio_to_write(f) != 0)
    return 0;
  if (f->s.bufmode == _IONBF)
    return direct(f, p, n);
  if (f->s.bufmode == _IOLBF) {
    // Complete lines are written out; a partial last line stays buffered.
    const unsigned char *nl = memrchr(p, '\n', n);
    if (nl != NULL) {
      size_t head = (size_t)(nl - p) + 1;
      size_t r = buffered(f, p, head);
      if (r != head)
        return r;
      if (f->s.wpos > f->s.buf && __stdio_drain(f) != 0)
        return 0;
      return head + buffered(f, p + head, n - head);
    }
  }
  return buffered(f, p, n);
}
