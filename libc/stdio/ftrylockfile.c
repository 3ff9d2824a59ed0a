#include "stdio_impl.h"

int ftrylockfile(FILE *f) {
  return __stdio_trylock(f) ? 0 : -1;
}
