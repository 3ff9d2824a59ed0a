#include "uv_impl.h"

int uv_timer_again(uv_timer_t *t) {
  if (t->__cb == NULL)
    return UV_EINVAL;
  if (t->__repeat != 0) {
    uv_timer_stop(t);
    uv_timer_start(t, t->__cb, t->__repeat, t->__repeat);
  }
  return 0;
}
