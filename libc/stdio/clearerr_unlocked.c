#include "stdio_impl.h"

void clearerr_unlocked(FILE *f) {
  f->s.flags &= ~(F_EOF | F_ERR);
}
