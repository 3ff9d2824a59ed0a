#include "uv_impl.h"

int uv_read_start(uv_stream_t *s, uv_alloc_cb alloc_cb, uv_read_cb read_cb) {
  if (alloc_cb == NULL || read_cb == NULL ||
      __uv_is_closing((uv_handle_t *)s))
    return UV_EINVAL;
  if (!(s->__flags & UV__READABLE))
    return UV_ENOTCONN;
  s->alloc_cb = alloc_cb;
  s->read_cb = read_cb;
  s->__flags |= UV__READING;
  __uv_stream_update_active(s);
  return 0;
}
