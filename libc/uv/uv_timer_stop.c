#include "uv_impl.h"

int uv_timer_stop(uv_timer_t *t) {
  if (!__uv_is_active((uv_handle_t *)t))
    return 0;
  __uv_queue_remove(&t->__node);
  __uv_handle_stop((uv_handle_t *)t);
  return 0;
}
