#include "uv_impl.h"

int uv_has_ref(const uv_handle_t *h) {
  return (h->__flags & UV__REF) != 0;
}
