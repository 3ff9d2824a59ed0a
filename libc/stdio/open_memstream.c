// A write-only stream into a growing heap buffer.  After each fflush and
// fclose, *bufp points to the contents, NUL terminated, and *sizep is the
// smaller of the contents' length and the position.  Seeking past the end
// and writing fills the gap with zeros.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

static void publish(FILE *f) {
  *f->s.u.ms.bufp = f->s.u.ms.data;
  *f->s.u.ms.sizep = f->s.u.ms.pos < f->s.u.ms.len ? f->s.u.ms.pos : f->s.u.ms.len;
}

static ptrdiff_t ms_write(FILE *f, const void *buf, size_t n) {
  size_t end;
  if (__builtin_add_overflow(f->s.u.ms.pos, n, &end) || end >= SIZE_MAX / 2) {
    errno = EFBIG;
    return -1;
  }
  if (end + 1 > f->s.u.ms.cap) {
    size_t cap = f->s.u.ms.cap * 2;
    if (cap < end + 1)
      cap = end + 1;
    char *d = realloc(f->s.u.ms.data, cap);
    if (d == NULL)
      return -1;
    f->s.u.ms.data = d;
    f->s.u.ms.cap = cap;
  }
  if (f->s.u.ms.pos > f->s.u.ms.len)
    memset(f->s.u.ms.data + f->s.u.ms.len, 0, f->s.u.ms.pos - f->s.u.ms.len);
  memcpy(f->s.u.ms.data + f->s.u.ms.pos, buf, n);
  f->s.u.ms.pos = end;
  if (end > f->s.u.ms.len) {
    f->s.u.ms.len = end;
    f->s.u.ms.data[end] = '\0';
  }
  publish(f);
  return (ptrdiff_t)n;
}

static int ms_seek(FILE *f, off_t offset, int whence, off_t *pos) {
  off_t base = whence == SEEK_SET ? 0
             : whence == SEEK_CUR ? (off_t)f->s.u.ms.pos
                                  : (off_t)f->s.u.ms.len;
  if ((offset < 0 && -offset > base) || (offset > 0 && offset > INT64_MAX / 4 - base))
    return EINVAL;
  f->s.u.ms.pos = (size_t)(base + offset);
  *pos = (off_t)f->s.u.ms.pos;
  publish(f);
  return 0;
}

static ptrdiff_t ms_read(FILE *f, void *buf, size_t n) {
  errno = EBADF;
  return -1;
}

static int ms_close(FILE *f) {
  publish(f);  // the buffer now belongs to the caller
  return 0;
}

static const struct stdio_ops ms_ops = {ms_read, ms_write, ms_seek, ms_close};

FILE *open_memstream(char **bufp, size_t *sizep) {
  if (bufp == NULL || sizep == NULL) {
    errno = EINVAL;
    return NULL;
  }
  char *data = malloc(64);
  if (data == NULL)
    return NULL;
  data[0] = '\0';
  FILE *f = __stdio_new(&ms_ops, -1, F_NORD);
  if (f == NULL) {
    free(data);
    return NULL;
  }
  f->s.u.ms.bufp = bufp;
  f->s.u.ms.sizep = sizep;
  f->s.u.ms.data = data;
  f->s.u.ms.cap = 64;
  publish(f);
  return f;
}
