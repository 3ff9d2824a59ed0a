#include "wstdio_impl.h"

wint_t putwc_unlocked(wchar_t wc, FILE *f) {
  return __stdio_putwc(wc, f);
}
