#include <unistd.h>

#include "uv_impl.h"

// The wake-up descriptor was readable: drain it, then run the callbacks of
// the async handles that were sent to and of finished pool work.
void __uv_async_run(uv_loop_t *loop) {
  char buf[64];
  while (read(loop->__wake_read, buf, sizeof(buf)) > 0) {
  }
  __atomic_store_n(&loop->__wake_pending, 0, __ATOMIC_RELEASE);
  struct __uv_queue todo;
  __uv_queue_move(&loop->__async, &todo);
  while (!__uv_queue_empty(&todo)) {
    struct __uv_queue *q = todo.__next;
    __uv_queue_remove(q);
    __uv_queue_insert_tail(&loop->__async, q);
    uv_async_t *h = __uv_container(q, uv_async_t, __node);
    if (__atomic_exchange_n(&h->__pending, 0, __ATOMIC_ACQ_REL) == 0)
      continue;
    if (h->__cb != NULL && !__uv_is_closing((uv_handle_t *)h))
      h->__cb(h);
  }
  __uv_work_done_run(loop);
}
