// Wide printf into a stream: the engine fills a wide staging array that
// drains as UTF-8 through the stream's buffering.
#include <errno.h>

#include "wfmt_impl.h"
#include "wstdio_impl.h"

struct wstream_sink {
  struct wfmt_out w;
  FILE *f;
  wchar_t stage[128];
};

static void to_stream(struct wfmt_out *w) {
  struct wstream_sink *s = w->ctx;
  for (size_t i = 0; i < w->wused && w->out.error == 0; i++)
    if (__stdio_putwc(w->wbuf[i], s->f) == WEOF)
      w->out.error = errno != 0 ? errno : EIO;
  w->wused = 0;
}

int __stdio_vfwprintf(FILE *f, const wchar_t *fmt, va_list ap) {
  struct wstream_sink s;
  s.f = f;
  __wfmt_init(&s.w, s.stage, sizeof(s.stage) / sizeof(s.stage[0]), to_stream, &s);
  if (__stdio_wide(f) != 0 || __stdio_to_write(f) != 0)
    return -1;
  int err = __fmt_vwprintf(&s.w, fmt, ap);
  if (s.w.wused > 0 && s.w.out.error == 0)
    to_stream(&s.w);
  if (err == 0)
    err = s.w.out.error;
  return fmt_result(&s.w.out, err);
}
