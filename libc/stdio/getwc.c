#include "wstdio_impl.h"

wint_t getwc(FILE *f) {
  __stdio_lock(f);
  wint_t c = __stdio_getwc(f);
  __stdio_unlock(f);
  return c;
}
