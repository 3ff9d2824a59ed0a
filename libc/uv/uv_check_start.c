#include "uv_impl.h"

// Starting an active handle changes nothing, not even its callback.
int uv_check_start(uv_check_t *h, uv_check_cb cb) {
  if (cb != NULL && !__uv_is_active((uv_handle_t *)h))
    h->__cb = cb;
  return __uv_watcher_start((uv_handle_t *)h, &h->loop->__check, cb != NULL);
}
