#include "uv_impl.h"

int uv_poll_start(uv_poll_t *p, int events, uv_poll_cb cb) {
  if ((events & ~(UV_READABLE | UV_WRITABLE | UV_DISCONNECT)) != 0 ||
      __uv_is_closing((uv_handle_t *)p))
    return UV_EINVAL;
  uv_poll_stop(p);
  if (events == 0)
    return 0;
  p->__events = events;
  p->poll_cb = cb;
  __uv_handle_start((uv_handle_t *)p);
  return 0;
}
