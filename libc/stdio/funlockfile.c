#include "stdio_impl.h"

void funlockfile(FILE *f) {
  __stdio_unlock(f);
}
