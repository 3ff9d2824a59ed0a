#include "stdio_impl.h"

int feof_unlocked(FILE *f) {
  return (f->s.flags & F_EOF) != 0;
}
