#include "uv_impl.h"

int __uv_watcher_start(uv_handle_t *h, struct __uv_queue *list, bool has_cb) {
  if (!has_cb)
    return UV_EINVAL;
  if (__uv_is_active(h))
    return 0;
  __uv_queue_insert_head(list, &h->__node);
  __uv_handle_start(h);
  return 0;
}

int __uv_watcher_stop(uv_handle_t *h) {
  if (!__uv_is_active(h))
    return 0;
  __uv_queue_remove(&h->__node);
  __uv_handle_stop(h);
  return 0;
}
