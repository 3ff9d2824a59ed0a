#include <errno.h>
#include <wchar.h>

#include "wfmt_impl.h"

// The caller's array is full: unlike snprintf, swprintf fails.
static void full(struct wfmt_out *w) {
  w->out.error = EOVERFLOW;
}

int vswprintf(wchar_t *restrict buf, size_t n, const wchar_t *restrict fmt, va_list ap) {
  if (n == 0) {
    errno = EOVERFLOW;
    return -1;
  }
  struct wfmt_out w;
  __wfmt_init(&w, buf, n - 1, full, NULL);
  int err = __fmt_vwprintf(&w, fmt, ap);
  buf[w.wused] = L'\0';
  return fmt_result(&w.out, err);
}
