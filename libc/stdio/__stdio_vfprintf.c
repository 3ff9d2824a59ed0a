// printf into a stream: the engine fills a staging buffer that drains
// through the stream's own buffering.
#include <errno.h>

#include "fmt_impl.h"
#include "stdio_impl.h"

struct stream_sink {
  struct fmt_out out;
  FILE *f;
  char stage[512];
};

static void to_stream(struct fmt_out *o) {
  struct stream_sink *s = o->ctx;
  if (__stdio_write(s->f, o->buf, o->used) != o->used || (s->f->s.flags & F_ERR))
    o->error = errno != 0 ? errno : EIO;
  o->used = 0;
}

int __stdio_vfprintf(FILE *f, const char *fmt, va_list ap) {
  struct stream_sink s;
  s.f = f;
  s.out = (struct fmt_out){.buf = s.stage, .size = sizeof(s.stage), .drain = to_stream, .ctx = &s};
  // A stream that cannot be written fails before anything is formatted.
  if (__stdio_to_write(f) != 0)
    return -1;
  unsigned err_before = f->s.flags & F_ERR;
  int err = __fmt_vprintf(&s.out, fmt, ap);
  if (s.out.used > 0 && s.out.error == 0)
    to_stream(&s.out);
  if (err == 0)
    err = s.out.error;
  if (err == 0 && !err_before && (f->s.flags & F_ERR))
    err = errno != 0 ? errno : EIO;
  return fmt_result(&s.out, err);
}
