#include "uv_impl.h"

static uv_timer_t *timer_of(struct __uv_queue *q) {
  return __uv_container(q, uv_timer_t, __node);
}

// Due timers run in order of expiry, ties in the order they were started;
// a repeating timer is rescheduled before its callback runs.
void __uv_timers_run(uv_loop_t *loop) {
  while (!__uv_queue_empty(&loop->__timers)) {
    uv_timer_t *t = timer_of(loop->__timers.__next);
    if (t->__timeout > loop->__time)
      break;
    uv_timer_stop(t);
    uv_timer_again(t);
    t->__cb(t);
  }
}

int __uv_timers_next(const uv_loop_t *loop) {
  if (__uv_queue_empty(&loop->__timers))
    return -1;
  const uv_timer_t *t = timer_of(loop->__timers.__next);
  if (t->__timeout <= loop->__time)
    return 0;
  uint64_t diff = t->__timeout - loop->__time;
  return diff > 0x7fffffff ? 0x7fffffff : (int)diff;
}
