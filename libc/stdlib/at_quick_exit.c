#include <stdlib.h>

#include "atexit.h"

int at_quick_exit(void (*fn)(void)) {
  return __exit_handlers_add(&__at_quick_exit_handlers, (void (*)(void *))fn, NULL, false);
}
