#include "stdio_impl.h"

// mode > 0 asks for wide orientation, < 0 for byte orientation, 0 only
// queries; an oriented stream keeps its orientation.
int fwide(FILE *f, int mode) {
  __stdio_lock(f);
  if (f->s.orient == 0 && mode != 0)
    f->s.orient = mode > 0 ? 1 : -1;
  int r = f->s.orient;
  __stdio_unlock(f);
  return r;
}
