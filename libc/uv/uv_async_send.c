#include "uv_impl.h"

// Safe from any thread.  Sends made before the callback runs are
// coalesced into one call.
int uv_async_send(uv_async_t *h) {
  if (__atomic_load_n(&h->__pending, __ATOMIC_ACQUIRE) != 0)
    return 0;
  if (__atomic_exchange_n(&h->__pending, 1, __ATOMIC_ACQ_REL) != 0)
    return 0;
  __uv_loop_wake(h->loop);
  return 0;
}
