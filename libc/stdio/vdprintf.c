// printf straight to a descriptor, without a FILE.
#include <cloudabi_syscalls.h>
#include <stdio.h>

#include "fmt_impl.h"

struct fd_sink {
  struct fmt_out out;
  int fd;
  char stage[1024];
};

static void to_fd(struct fmt_out *o) {
  struct fd_sink *s = o->ctx;
  const char *p = o->buf;
  size_t n = o->used;
  o->used = 0;
  while (n > 0) {
    cloudabi_ciovec_t iov = {.buf = p, .buf_len = n};
    size_t written;
    cloudabi_errno_t err = cloudabi_sys_fd_write((cloudabi_fd_t)s->fd, &iov, 1, &written);
    if (err != 0) {
      o->error = err;
      return;
    }
    p += written;
    n -= written;
  }
}

int vdprintf(int fd, const char *restrict fmt, va_list ap) {
  struct fd_sink s;
  s.fd = fd;
  s.out = (struct fmt_out){.buf = s.stage, .size = sizeof(s.stage), .drain = to_fd, .ctx = &s};
  int err = __fmt_vprintf(&s.out, fmt, ap);
  if (s.out.used > 0 && s.out.error == 0)
    to_fd(&s.out);
  if (err == 0)
    err = s.out.error;
  return fmt_result(&s.out, err);
}
