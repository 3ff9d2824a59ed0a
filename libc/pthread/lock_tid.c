#include "lock.h"
#include "startup.h"

_Thread_local cloudabi_tid_t __lock_tid;

// Only the initial thread can find __lock_tid unset: the entry trampoline
// of every other thread stores it first.
cloudabi_tid_t __lock_tid_initial(void) {
  __lock_tid = __startup.tid;
  return __startup.tid;
}
