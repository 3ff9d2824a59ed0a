#include <stdlib.h>

#include "atexit.h"

extern void (*const __fini_array_start[])(void) __attribute__((weak, visibility("hidden")));
extern void (*const __fini_array_end[])(void) __attribute__((weak, visibility("hidden")));

_Noreturn void exit(int status) {
  __exit_handlers_run(&__atexit_handlers);
  // Destructors of static objects, in reverse order of construction.
  for (size_t i = (size_t)(__fini_array_end - __fini_array_start); i > 0; i--)
    __fini_array_start[i - 1]();
  if (__stdio_exit)
    __stdio_exit();
  _Exit(status);
}
