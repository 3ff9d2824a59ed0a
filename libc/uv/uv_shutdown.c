#include "uv_impl.h"

// Shuts the write side down once the queued writes are out and the
// descriptor is writable; the callback runs from the poll phase.
int uv_shutdown(uv_shutdown_t *req, uv_stream_t *s, uv_shutdown_cb cb) {
  if (__uv_is_closing((uv_handle_t *)s))
    return UV_EINVAL;
  if (!(s->__flags & UV__OPEN) || !(s->__flags & UV__WRITABLE) ||
      (s->__flags & (UV__SHUTTING | UV__SHUT)))
    return UV_ENOTCONN;
  req->handle = s;
  req->cb = cb;
  req->__error = 0;
  __uv_req_register(s->loop, (uv_req_t *)req, UV_SHUTDOWN);
  s->__shutdown = req;
  s->__flags = (s->__flags | UV__SHUTTING) & ~UV__WRITABLE;
  __uv_stream_update_active(s);  // done when poll finds it writable
  return 0;
}
