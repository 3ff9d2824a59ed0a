// The wide sink behind __fmt_vwprintf (see wfmt_impl.h).
#include "wfmt_impl.h"

static void put_wide(struct wfmt_out *w, const wchar_t *s, const char *bytes,
                     wchar_t fill, size_t n) {
  while (n > 0 && w->out.error == 0) {
    if (w->wused == w->wsize) {
      w->wdrain(w);
      continue;
    }
    size_t room = w->wsize - w->wused;
    if (room > n)
      room = n;
    wchar_t *d = w->wbuf + w->wused;
    for (size_t i = 0; i < room; i++)
      d[i] = s != NULL ? s[i] : bytes != NULL ? (wchar_t)(unsigned char)bytes[i] : fill;
    if (s != NULL)
      s += room;
    if (bytes != NULL)
      bytes += room;
    w->wused += room;
    n -= room;
  }
}

void __wfmt_flush_stage(struct wfmt_out *w) {
  put_wide(w, NULL, w->out.buf, 0, w->out.used);
  w->out.used = 0;
}

static void drain_stage(struct fmt_out *o) {
  struct wfmt_out *w = (struct wfmt_out *)o;
  __wfmt_flush_stage(w);
  if (w->out.error != 0)
    o->used = 0;
}

void __wfmt_init(struct wfmt_out *w, wchar_t *buf, size_t size,
                 void (*wdrain)(struct wfmt_out *), void *ctx) {
  w->out = (struct fmt_out){.buf = w->stage, .size = sizeof(w->stage), .drain = drain_stage};
  w->wbuf = buf;
  w->wused = 0;
  w->wsize = size;
  w->wdrain = wdrain;
  w->ctx = ctx;
}

void __wfmt_write(struct wfmt_out *w, const wchar_t *s, size_t n) {
  __wfmt_flush_stage(w);
  w->out.count += n;
  put_wide(w, s, NULL, 0, n);
}

void __wfmt_pad(struct wfmt_out *w, wchar_t c, size_t n) {
  __wfmt_flush_stage(w);
  w->out.count += n;
  put_wide(w, NULL, NULL, c, n);
}
