#include "wstdio_impl.h"

wint_t getwc_unlocked(FILE *f) {
  return __stdio_getwc(f);
}
