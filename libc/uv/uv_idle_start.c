#include "uv_impl.h"

// Starting an active handle changes nothing, not even its callback.
int uv_idle_start(uv_idle_t *h, uv_idle_cb cb) {
  if (cb != NULL && !__uv_is_active((uv_handle_t *)h))
    h->__cb = cb;
  return __uv_watcher_start((uv_handle_t *)h, &h->loop->__idle, cb != NULL);
}
