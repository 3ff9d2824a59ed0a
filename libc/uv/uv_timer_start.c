#include "uv_impl.h"

int uv_timer_start(uv_timer_t *t, uv_timer_cb cb, uint64_t timeout,
                   uint64_t repeat) {
  if (cb == NULL || __uv_is_closing((uv_handle_t *)t))
    return UV_EINVAL;
  uv_timer_stop(t);
  uv_loop_t *loop = t->loop;
  uint64_t due = loop->__time + timeout;
  if (due < timeout)
    due = UINT64_MAX;  // saturate instead of wrapping
  t->__cb = cb;
  t->__timeout = due;
  t->__repeat = repeat;
  t->__start_id = loop->__timer_counter++;
  // Keep the list sorted by expiry, then start order.
  struct __uv_queue *q = loop->__timers.__next;
  for (; q != &loop->__timers; q = q->__next) {
    uv_timer_t *o = __uv_container(q, uv_timer_t, __node);
    if (o->__timeout > due)
      break;
  }
  __uv_queue_insert_before(q, &t->__node);
  __uv_handle_start((uv_handle_t *)t);
  return 0;
}
