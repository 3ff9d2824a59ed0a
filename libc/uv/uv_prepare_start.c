#include "uv_impl.h"

// Starting an active handle changes nothing, not even its callback.
int uv_prepare_start(uv_prepare_t *h, uv_prepare_cb cb) {
  if (cb != NULL && !__uv_is_active((uv_handle_t *)h))
    h->__cb = cb;
  return __uv_watcher_start((uv_handle_t *)h, &h->loop->__prepare, cb != NULL);
}
