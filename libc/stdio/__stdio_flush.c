// Buffer set-up and flushing.
#include <errno.h>
#include <stdlib.h>

#include "stdio_impl.h"

// Gives the stream its buffer on first use.  An unbuffered stream, or one
// whose buffer cannot be allocated, uses the one-byte tinybuf.
void __stdio_buffer(FILE *f) {
  if (f->s.buf != NULL)
    return;
  if (f->s.bufmode != _IONBF) {
    unsigned char *b = malloc(BUFSIZ);
    if (b != NULL) {
      f->s.buf = f->s.buf_alloc = b;
      f->s.bufsize = BUFSIZ;
      return;
    }
    f->s.bufmode = _IONBF;
  }
  f->s.buf = f->s.tinybuf;
  f->s.bufsize = 1;
}

// Hands n bytes to the backend.  0, or EOF with the error indicator set.
int __stdio_write_all(FILE *f, const unsigned char *p, size_t n) {
  while (n > 0) {
    ptrdiff_t w = f->s.ops->write(f, p, n);
    if (w < 0) {
      f->s.flags |= F_ERR;
      return EOF;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

// Writes out [buf, wpos); the stream stays in the writing state.
int __stdio_drain(FILE *f) {
  size_t n = (size_t)(f->s.wpos - f->s.buf);
  f->s.wpos = f->s.buf;
  return __stdio_write_all(f, f->s.buf, n);
}

int __stdio_flush(FILE *f) {
  if (f->s.wpos != NULL) {
    int r = __stdio_drain(f);
    f->s.wpos = f->s.wend = NULL;
    return r;
  }
  if (f->s.rpos != NULL) {
    // Give the read-ahead back to the backend, so that its position is
    // the stream's.  Streams that cannot seek keep it.
    off_t unread = f->s.rend - f->s.rpos;
    if (f->s.flags & F_PUSHBACK)
      unread += f->s.saved_rend - f->s.saved_rpos;
    if (unread != 0) {
      off_t pos;
      if (f->s.ops->seek(f, -unread, SEEK_CUR, &pos) != 0)
        return 0;
    }
    f->s.rpos = f->s.rend = NULL;
    f->s.flags &= ~F_PUSHBACK;
  }
  return 0;
}

// Enters the writing state.  0, or EOF with errno and the error indicator set.
int __stdio_to_write(FILE *f) {
  if (f->s.wpos != NULL)
    return 0;
  if (f->s.orient == 0)
    f->s.orient = -1;  // the first byte operation
  if (f->s.flags & F_NOWR) {
    f->s.flags |= F_ERR;
    errno = EBADF;
    return EOF;
  }
  if (f->s.rpos != NULL) {
    __stdio_flush(f);
    // A stream that cannot seek loses its read-ahead (C requires a
    // positioning call between reading and writing anyway).
    f->s.rpos = f->s.rend = NULL;
    f->s.flags &= ~F_PUSHBACK;
  }
  __stdio_buffer(f);
  f->s.wpos = f->s.buf;
  f->s.wend = f->s.bufmode == _IONBF ? f->s.buf : f->s.buf + f->s.bufsize;
  return 0;
}

// Enters the reading state.  0, or EOF with errno and the error indicator set.
int __stdio_to_read(FILE *f) {
  if (f->s.rpos != NULL)
    return 0;
  if (f->s.orient == 0)
    f->s.orient = -1;  // the first byte operation
  if (f->s.flags & F_NORD) {
    f->s.flags |= F_ERR;
    errno = EBADF;
    return EOF;
  }
  if (f->s.wpos != NULL && __stdio_flush(f) != 0)
    return EOF;
  __stdio_buffer(f);
  f->s.rpos = f->s.rend = f->s.buf;
  return 0;
}
