#include "uv_impl.h"

int uv_poll_stop(uv_poll_t *p) {
  p->__events = 0;
  __uv_handle_stop((uv_handle_t *)p);
  return 0;
}
