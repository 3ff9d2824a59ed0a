#include "stdio_impl.h"

int ferror_unlocked(FILE *f) {
  return (f->s.flags & F_ERR) != 0;
}
