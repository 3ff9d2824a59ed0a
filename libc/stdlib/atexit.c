#include <stdlib.h>

#include "atexit.h"

int atexit(void (*fn)(void)) {
  return __exit_handlers_add(&__atexit_handlers, (void (*)(void *))fn, NULL, false);
}
