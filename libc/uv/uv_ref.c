#include "uv_impl.h"

void uv_ref(uv_handle_t *h) {
  if (h->__flags & UV__REF)
    return;
  h->__flags |= UV__REF;
  if (h->__flags & UV__ACTIVE)
    ++h->loop->active_handles;
}
