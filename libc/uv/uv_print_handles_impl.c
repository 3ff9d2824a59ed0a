#include <stdio.h>

#include "uv_impl.h"

static const char *type_name(uv_handle_type type) {
  switch (type) {
#define NAME(uc, lc) \
  case UV_##uc:      \
    return #lc;
    UV_HANDLE_TYPE_MAP(NAME)
#undef NAME
    default:
      return "<unknown>";
  }
}

// One line per handle: [R-A] = referenced, active; no handle is internal.
void __uv_print_handles(uv_loop_t *loop, bool only_active, FILE *stream) {
  if (stream == NULL)
    stream = stderr;
  struct __uv_queue *head = __uv_loop_handles(loop);
  for (struct __uv_queue *q = head->__next; q != head; q = q->__next) {
    uv_handle_t *h = __uv_container(q, uv_handle_t, handle_queue);
    if (only_active && !__uv_is_active(h))
      continue;
    fprintf(stream, "[%c%c-] %-8s %p\n", (h->__flags & UV__REF) ? 'R' : '-',
            __uv_is_active(h) ? 'A' : '-', type_name(h->type), (void *)h);
  }
}
