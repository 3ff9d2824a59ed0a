#include <unistd.h>

#include "uv_impl.h"

void uv_close(uv_handle_t *h, uv_close_cb cb) {
  h->__flags |= UV__CLOSING;
  h->close_cb = cb;
  switch (h->type) {
    case UV_TIMER:
      uv_timer_stop((uv_timer_t *)h);
      break;
    case UV_IDLE:
      uv_idle_stop((uv_idle_t *)h);
      break;
    case UV_PREPARE:
      uv_prepare_stop((uv_prepare_t *)h);
      break;
    case UV_CHECK:
      uv_check_stop((uv_check_t *)h);
      break;
    case UV_ASYNC:
      __uv_queue_remove(&h->__node);
      __uv_handle_stop(h);
      break;
    case UV_POLL:
      // The descriptor belongs to the caller.
      uv_poll_stop((uv_poll_t *)h);
      break;
    case UV_UDP: {
      uv_udp_t *u = (uv_udp_t *)h;
      uv_udp_recv_stop(u);
      if (u->__fd >= 0)
        close(u->__fd);
      u->__fd = -1;
      break;
    }
    case UV_NAMED_PIPE:
    case UV_TCP:
    case UV_TTY:
      __uv_stream_close((uv_stream_t *)h);
      break;
    case UV_PROCESS:
      // Closing the handle leaves the child running, as in libuv.
      __uv_handle_stop(h);
      break;
    default:
      break;
  }
  // Close callbacks run in the loop's closing phase, most recent first.
  h->__next_closing = h->loop->__closing;
  h->loop->__closing = h;
}
