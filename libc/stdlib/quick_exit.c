#include <stdlib.h>

#include "atexit.h"

_Noreturn void quick_exit(int status) {
  __exit_handlers_run(&__at_quick_exit_handlers);
  _Exit(status);
}
