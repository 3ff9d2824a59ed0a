#include "wstdio_impl.h"

wint_t fgetwc_unlocked(FILE *f) {
  return __stdio_getwc(f);
}
