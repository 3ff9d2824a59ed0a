#include "wstdio_impl.h"

wchar_t *fgetws(wchar_t *restrict ws, int n, FILE *restrict f) {
  __stdio_lock(f);
  wchar_t *r = fgetws_unlocked(ws, n, f);
  __stdio_unlock(f);
  return r;
}
