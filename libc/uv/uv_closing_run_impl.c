#include "uv_impl.h"

void __uv_closing_run(uv_loop_t *loop) {
  uv_handle_t *h = loop->__closing;
  loop->__closing = NULL;
  while (h != NULL) {
    uv_handle_t *next = h->__next_closing;
    if (h->type == UV_NAMED_PIPE || h->type == UV_TCP || h->type == UV_TTY)
      __uv_stream_destroy((uv_stream_t *)h);
    h->__flags = (h->__flags & ~UV__CLOSING) | UV__CLOSED;
    __uv_queue_remove(__uv_handle_queue(h));
    if (h->close_cb != NULL)
      h->close_cb(h);
    h = next;
  }
}
