#include "uv_impl.h"

void __uv_handle_init(uv_loop_t *loop, uv_handle_t *h, uv_handle_type type) {
  h->loop = loop;
  h->type = type;
  h->close_cb = NULL;
  h->__flags = UV__REF;
  h->__next_closing = NULL;
  __uv_queue_init(&h->__node);
  __uv_queue_insert_tail(__uv_loop_handles(loop), __uv_handle_queue(h));
}

// Only active handles that are referenced keep the loop running.
void __uv_handle_start(uv_handle_t *h) {
  if (h->__flags & UV__ACTIVE)
    return;
  h->__flags |= UV__ACTIVE;
  if (h->__flags & UV__REF)
    ++h->loop->active_handles;
}

void __uv_handle_stop(uv_handle_t *h) {
  if (!(h->__flags & UV__ACTIVE))
    return;
  h->__flags &= ~UV__ACTIVE;
  if (h->__flags & UV__REF)
    --h->loop->active_handles;
}
