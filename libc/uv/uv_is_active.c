#include "uv_impl.h"

int uv_is_active(const uv_handle_t *h) {
  return __uv_is_active(h);
}
