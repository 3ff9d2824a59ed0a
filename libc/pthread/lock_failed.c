#include <stdlib.h>

#include "lock.h"

_Noreturn void __lock_failed(cloudabi_errno_t error) {
  (void)error;
  abort();
}
