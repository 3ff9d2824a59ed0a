#include "wstdio_impl.h"

int fputws(const wchar_t *restrict ws, FILE *restrict f) {
  __stdio_lock(f);
  int r = fputws_unlocked(ws, f);
  __stdio_unlock(f);
  return r;
}
