#include "wstdio_impl.h"

wint_t putwchar_unlocked(wchar_t wc) {
  return __stdio_putwc(wc, stdout);
}
