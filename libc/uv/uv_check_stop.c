#include "uv_impl.h"

int uv_check_stop(uv_check_t *h) {
  return __uv_watcher_stop((uv_handle_t *)h);
}
