#include <uv.h>

uv_handle_type uv_pipe_pending_type(uv_pipe_t *p) {
  if (!p->ipc || p->__received_count == 0)
    return UV_UNKNOWN_HANDLE;
  return uv_guess_handle(p->__received[0]);
}
