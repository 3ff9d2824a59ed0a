#include "stdio_impl.h"

void flockfile(FILE *f) {
  __stdio_lock(f);
}
