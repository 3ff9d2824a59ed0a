#include "wstdio_impl.h"

wint_t getwchar_unlocked(void) {
  return __stdio_getwc(stdin);
}
