#include "wstdio_impl.h"

wint_t putwchar(wchar_t wc) {
  return putwc(wc, stdout);
}
