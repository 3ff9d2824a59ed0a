// Wide printf straight to a descriptor as UTF-8, without a FILE.
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <wchar.h>

#include "unicode_utf8.h"
#include "wfmt_impl.h"

struct wfd_sink {
  struct wfmt_out w;
  int fd;
  wchar_t stage[256];
  char bytes[4 * 256];
};

static void to_fd(struct wfmt_out *w) {
  struct wfd_sink *s = w->ctx;
  size_t n = 0;
  for (size_t i = 0; i < w->wused; i++) {
    uint32_t c = (uint32_t)w->wbuf[i];
    if (utf8_length(c) == 0) {
      w->out.error = EILSEQ;  // what came before it is still written
      w->wused = i;
      break;
    }
    n += utf8_encode(s->bytes + n, c);
  }
  w->wused = 0;
  for (const char *p = s->bytes; n > 0;) {
    cloudabi_ciovec_t iov = {.buf = p, .buf_len = n};
    size_t written;
    cloudabi_errno_t err = cloudabi_sys_fd_write((cloudabi_fd_t)s->fd, &iov, 1, &written);
    if (err != 0) {
      w->out.error = err;
      return;
    }
    p += written;
    n -= written;
  }
}

int vdwprintf(int fd, const wchar_t *restrict fmt, va_list ap) {
  struct wfd_sink s;
  s.fd = fd;
  __wfmt_init(&s.w, s.stage, sizeof(s.stage) / sizeof(s.stage[0]), to_fd, &s);
  int err = __fmt_vwprintf(&s.w, fmt, ap);
  if (s.w.wused > 0 && s.w.out.error == 0)
    to_fd(&s.w);
  if (err == 0)
    err = s.w.out.error;
  return fmt_result(&s.w.out, err);
}
