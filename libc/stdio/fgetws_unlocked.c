#include "wstdio_impl.h"

wchar_t *fgetws_unlocked(wchar_t *restrict ws, int n, FILE *restrict f) {
  if (n <= 0) {
    errno = EINVAL;
    return NULL;
  }
  int i = 0;
  while (i < n - 1) {
    wint_t c = __stdio_getwc(f);
    if (c == WEOF) {
      // End of file after some characters still returns them; an error
      // (read, encoding or orientation) returns NULL.
      if (i == 0 || !(f->s.flags & F_EOF) || (f->s.flags & F_ERR) || f->s.orient < 0)
        return NULL;
      break;
    }
    ws[i++] = (wchar_t)c;
    if (c == L'\n')
      break;
  }
  ws[i] = L'\0';
  return ws;
}
