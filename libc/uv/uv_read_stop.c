#include "uv_impl.h"

int uv_read_stop(uv_stream_t *s) {
  s->__flags &= ~UV__READING;
  __uv_stream_update_active(s);
  return 0;
}
