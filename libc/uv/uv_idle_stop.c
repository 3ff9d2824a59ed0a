#include "uv_impl.h"

int uv_idle_stop(uv_idle_t *h) {
  return __uv_watcher_stop((uv_handle_t *)h);
}
