#include "stdio_impl.h"

// Refills the buffer from the backend.  0 at end of file or on error
// (with the indicator set), else the number of bytes now buffered.
size_t __stdio_fill(FILE *f) {
  if (f->s.flags & F_PUSHBACK) {
    f->s.flags &= ~F_PUSHBACK;
    f->s.rpos = f->s.saved_rpos;
    f->s.rend = f->s.saved_rend;
    if (f->s.rpos < f->s.rend)
      return (size_t)(f->s.rend - f->s.rpos);
  }
  if (__stdio_to_read(f) != 0)
    return 0;
  if (f->s.flags & F_EOF)
    return 0;  // end of file is sticky until cleared
  ptrdiff_t n = f->s.ops->read(f, f->s.buf, f->s.bufsize);
  if (n <= 0) {
    f->s.flags |= n == 0 ? F_EOF : F_ERR;
    f->s.rpos = f->s.rend = f->s.buf;
    return 0;
  }
  f->s.rpos = f->s.buf;
  f->s.rend = f->s.buf + n;
  return (size_t)n;
}

int __stdio_underflow(FILE *f) {
  if (f->s.rpos < f->s.rend)
    return *f->s.rpos++;
  if (__stdio_fill(f) == 0)
    return EOF;
  return *f->s.rpos++;
}
