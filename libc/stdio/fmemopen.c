// A stream on a caller-provided (or, when buf is NULL, a private) array of
// `size` bytes.  The contents are the first `size` bytes for "r" modes,
// empty for "w" modes and the bytes before the first NUL for "a" modes.
// Writing past the contents moves their end and stores a NUL after them
// when there is room; writes that do not fit fail with ENOSPC.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

static ptrdiff_t mem_read(FILE *f, void *buf, size_t n) {
  size_t avail = f->s.u.mem.pos < f->s.u.mem.size ? f->s.u.mem.size - f->s.u.mem.pos : 0;
  if (n > avail)
    n = avail;
  memcpy(buf, f->s.u.mem.mem + f->s.u.mem.pos, n);
  f->s.u.mem.pos += n;
  return (ptrdiff_t)n;
}

static ptrdiff_t mem_write(FILE *f, const void *buf, size_t n) {
  if (f->s.flags & F_APPEND)
    f->s.u.mem.pos = f->s.u.mem.size;
  size_t room = f->s.u.mem.cap - f->s.u.mem.pos;
  if (n > room)
    n = room;
  if (n == 0) {
    errno = ENOSPC;
    return -1;
  }
  memcpy(f->s.u.mem.mem + f->s.u.mem.pos, buf, n);
  f->s.u.mem.pos += n;
  if (f->s.u.mem.pos > f->s.u.mem.size) {
    f->s.u.mem.size = f->s.u.mem.pos;
    if (f->s.u.mem.size < f->s.u.mem.cap)
      f->s.u.mem.mem[f->s.u.mem.size] = '\0';
  }
  return (ptrdiff_t)n;
}

static int mem_seek(FILE *f, off_t offset, int whence, off_t *pos) {
  off_t base = whence == SEEK_SET ? 0
             : whence == SEEK_CUR ? (off_t)f->s.u.mem.pos
                                  : (off_t)f->s.u.mem.size;
  if ((offset < 0 && -offset > base) || (offset > 0 && offset > (off_t)f->s.u.mem.cap - base))
    return EINVAL;
  f->s.u.mem.pos = (size_t)(base + offset);
  *pos = (off_t)f->s.u.mem.pos;
  return 0;
}

static int mem_close(FILE *f) {
  if (f->s.u.mem.owned)
    free(f->s.u.mem.mem);
  return 0;
}

static const struct stdio_ops mem_ops = {mem_read, mem_write, mem_seek, mem_close};

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode) {
  int flags = __stdio_mode(mode);
  if (flags < 0 || size == 0) {
    errno = EINVAL;
    return NULL;
  }
  bool owned = buf == NULL;
  if (owned) {
    buf = calloc(1, size);
    if (buf == NULL)
      return NULL;
  }
  FILE *f = __stdio_new(&mem_ops, -1, (unsigned)flags);
  if (f == NULL) {
    if (owned)
      free(buf);
    return NULL;
  }
  f->s.u.mem.mem = buf;
  f->s.u.mem.cap = size;
  f->s.u.mem.owned = owned;
  f->s.u.mem.pos = 0;
  if (mode[0] == 'r') {
    f->s.u.mem.size = size;
  } else if (mode[0] == 'w') {
    f->s.u.mem.size = 0;
    f->s.u.mem.mem[0] = '\0';
  } else {
    f->s.u.mem.size = f->s.u.mem.pos = strnlen(buf, size);
  }
  return f;
}
