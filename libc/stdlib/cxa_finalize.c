#include "atexit.h"

void __cxa_finalize(void *);

// Called by crtbegin's destructor with our only DSO handle.  exit() has
// already run every handler by then; this catches handlers registered while
// the .fini_array was running.
void __cxa_finalize(void *dso) {
  __exit_handlers_run(&__atexit_handlers);
}
