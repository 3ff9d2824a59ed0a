#include "atexit.h"

int __cxa_atexit(void (*)(void *), void *, void *);

// C++ static destructors.  Everything is linked statically, so the DSO
// handle does not matter: all of them run from exit().
int __cxa_atexit(void (*fn)(void *), void *arg, void *dso) {
  return __exit_handlers_add(&__atexit_handlers, fn, arg, true);
}
