#include "stdio_impl.h"

off_t ftello(FILE *f) {
  __stdio_lock(f);
  off_t r = __stdio_tell(f);
  __stdio_unlock(f);
  return r;
}
