#include "uv_impl.h"

// Runs the callbacks of the idle, prepare or check handles on list, each
// once, also when a callback starts or stops others.
static void run_list(struct __uv_queue *list) {
  struct __uv_queue todo;
  __uv_queue_move(list, &todo);
  while (!__uv_queue_empty(&todo)) {
    struct __uv_queue *q = todo.__next;
    __uv_queue_remove(q);
    __uv_queue_insert_tail(list, q);
    uv_handle_t *h = __uv_container(q, uv_handle_t, __node);
    switch (h->type) {
      case UV_IDLE:
        ((uv_idle_t *)h)->__cb((uv_idle_t *)h);
        break;
      case UV_PREPARE:
        ((uv_prepare_t *)h)->__cb((uv_prepare_t *)h);
        break;
      default:
        ((uv_check_t *)h)->__cb((uv_check_t *)h);
        break;
    }
  }
}

int uv_run(uv_loop_t *loop, uv_run_mode mode) {
  int alive = uv_loop_alive(loop);
  if (!alive)
    uv_update_time(loop);
  while (alive && loop->stop_flag == 0) {
    uv_update_time(loop);
    __uv_timers_run(loop);
    bool can_sleep = __uv_queue_empty(&loop->__pending) &&
                     __uv_queue_empty(&loop->__idle);
    __uv_pending_run(loop);
    run_list(&loop->__idle);
    run_list(&loop->__prepare);
    int timeout = 0;
    if ((mode == UV_RUN_ONCE && can_sleep) || mode == UV_RUN_DEFAULT)
      timeout = uv_backend_timeout(loop);
    __uv_io_poll(loop, timeout);
    // Callbacks the poll phase made due (finished writes) run now, a few
    // rounds at most so that they cannot starve the loop.
    for (int i = 0; i < 8 && !__uv_queue_empty(&loop->__pending); ++i)
      __uv_pending_run(loop);
    run_list(&loop->__check);
    __uv_closing_run(loop);
    if (mode == UV_RUN_ONCE) {
      // Timers that fell due while polling count as progress.
      uv_update_time(loop);
      __uv_timers_run(loop);
    }
    alive = uv_loop_alive(loop);
    if (mode == UV_RUN_ONCE || mode == UV_RUN_NOWAIT)
      break;
  }
  if (loop->stop_flag != 0)
    loop->stop_flag = 0;
  return alive;
}
