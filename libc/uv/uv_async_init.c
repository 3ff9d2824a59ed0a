#include "uv_impl.h"

// An async handle is active from the start (it waits for uv_async_send).
int uv_async_init(uv_loop_t *loop, uv_async_t *h, uv_async_cb cb) {
  __uv_handle_init(loop, (uv_handle_t *)h, UV_ASYNC);
  h->__cb = cb;
  h->__pending = 0;
  __uv_queue_insert_tail(&loop->__async, &h->__node);
  __uv_handle_start((uv_handle_t *)h);
  return 0;
}
