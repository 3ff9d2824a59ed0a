#include "uv_impl.h"

int uv_is_readable(const uv_stream_t *s) {
  return (s->__flags & UV__READABLE) != 0;
}
