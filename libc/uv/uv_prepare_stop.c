#include "uv_impl.h"

int uv_prepare_stop(uv_prepare_t *h) {
  return __uv_watcher_stop((uv_handle_t *)h);
}
