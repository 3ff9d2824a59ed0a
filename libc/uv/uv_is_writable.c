#include "uv_impl.h"

int uv_is_writable(const uv_stream_t *s) {
  return (s->__flags & UV__WRITABLE) != 0;
}
