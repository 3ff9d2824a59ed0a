#include "wstdio_impl.h"

wint_t putwc(wchar_t wc, FILE *f) {
  __stdio_lock(f);
  wint_t r = __stdio_putwc(wc, f);
  __stdio_unlock(f);
  return r;
}
