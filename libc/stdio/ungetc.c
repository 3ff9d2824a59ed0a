#include "stdio_impl.h"

int ungetc(int c, FILE *f) {
  if (c == EOF)
    return EOF;
  __stdio_lock(f);
  if (__stdio_to_read(f) != 0) {
    __stdio_unlock(f);
    return EOF;
  }
  unsigned char byte = (unsigned char)c;
  if (!(f->s.flags & F_PUSHBACK) && f->s.rpos > f->s.buf) {
    *--f->s.rpos = byte;  // the consumed byte's slot
  } else {
    if (!(f->s.flags & F_PUSHBACK)) {
      f->s.saved_rpos = f->s.rpos;
      f->s.saved_rend = f->s.rend;
      f->s.rpos = f->s.rend = f->s.ungetbuf + STDIO_UNGET;
      f->s.flags |= F_PUSHBACK;
    }
    if (f->s.rpos == f->s.ungetbuf) {
      __stdio_unlock(f);
      return EOF;  // pushback area full
    }
    *--f->s.rpos = byte;
  }
  f->s.flags &= ~F_EOF;
  __stdio_unlock(f);
  return byte;
}
