#include "uv_impl.h"

int uv_is_closing(const uv_handle_t *h) {
  return __uv_is_closing(h);
}
