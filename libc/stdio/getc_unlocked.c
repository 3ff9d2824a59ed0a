#include "stdio_impl.h"

int getc_unlocked(FILE *f) {
  return stdio_getc(f);
}
