#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

void __stdio_init(FILE *f, const struct stdio_ops *ops, int fd, unsigned flags) {
  memset(&f->s, 0, sizeof(f->s));
  f->s.ops = ops;
  f->s.fd = fd;
  f->s.flags = flags & (F_NORD | F_NOWR | F_APPEND);
  f->s.bufmode = _IOFBF;
}

FILE *__stdio_new(const struct stdio_ops *ops, int fd, unsigned flags) {
  FILE *f = malloc(sizeof(*f));
  if (f == NULL)
    return NULL;
  __stdio_init(f, ops, fd, flags);
  libc_rlock_reset(&f->lock);
  f->is_static = false;
  __stdio_link(f);
  return f;
}
