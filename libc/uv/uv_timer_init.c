#include "uv_impl.h"

int uv_timer_init(uv_loop_t *loop, uv_timer_t *t) {
  __uv_handle_init(loop, (uv_handle_t *)t, UV_TIMER);
  t->__cb = NULL;
  t->__timeout = 0;
  t->__repeat = 0;
  t->__start_id = 0;
  return 0;
}
