#include "uv_impl.h"

void uv_walk(uv_loop_t *loop, uv_walk_cb cb, void *arg) {
  // The callback may close handles: walk a snapshot of the list.
  struct __uv_queue todo;
  __uv_queue_move(__uv_loop_handles(loop), &todo);
  while (!__uv_queue_empty(&todo)) {
    struct __uv_queue *q = todo.__next;
    __uv_queue_remove(q);
    __uv_queue_insert_tail(__uv_loop_handles(loop), q);
    cb(__uv_container(q, uv_handle_t, handle_queue), arg);
  }
}
