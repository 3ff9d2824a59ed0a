#include <unistd.h>

#include "uv_impl.h"

// One byte wakes the poll; further wake-ups until the loop has drained it
// are folded into that one.
void __uv_loop_wake(uv_loop_t *loop) {
  if (__atomic_exchange_n(&loop->__wake_pending, 1, __ATOMIC_ACQ_REL) != 0)
    return;
  char byte = 0;
  while (write(loop->__wake_write, &byte, 1) < 0 && errno == EINTR) {
  }
}
