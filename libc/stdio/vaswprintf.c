// Wide printf into a heap array that grows as needed.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

#include "wfmt_impl.h"

static void grow(struct wfmt_out *w) {
  if (w->wsize > SIZE_MAX / 2 / sizeof(wchar_t) - 1) {
    w->out.error = ENOMEM;
    return;
  }
  size_t size = w->wsize * 2;
  wchar_t *b = realloc(w->wbuf, (size + 1) * sizeof(wchar_t));  // + 1: the null
  if (b == NULL) {
    w->out.error = ENOMEM;
    return;
  }
  w->wbuf = b;
  w->wsize = size;
}

int vaswprintf(wchar_t **restrict strp, const wchar_t *restrict fmt, va_list ap) {
  struct wfmt_out w;
  size_t size = 64;
  wchar_t *buf = malloc((size + 1) * sizeof(wchar_t));
  *strp = NULL;
  if (buf == NULL)
    return -1;
  __wfmt_init(&w, buf, size, grow, NULL);
  int err = __fmt_vwprintf(&w, fmt, ap);
  if (err != 0) {
    free(w.wbuf);
    return fmt_result(&w.out, err);
  }
  w.wbuf[w.wused] = L'\0';
  wchar_t *shrunk = realloc(w.wbuf, (w.wused + 1) * sizeof(wchar_t));
  *strp = shrunk != NULL ? shrunk : w.wbuf;
  return fmt_result(&w.out, 0);
}
