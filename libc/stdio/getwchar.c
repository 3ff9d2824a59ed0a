#include "wstdio_impl.h"

wint_t getwchar(void) {
  return getwc(stdin);
}
