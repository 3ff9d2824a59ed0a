#include "uv_impl.h"

int uv_pipe_init(uv_loop_t *loop, uv_pipe_t *p, int ipc) {
  __uv_stream_init(loop, (uv_stream_t *)p, UV_NAMED_PIPE);
  p->ipc = ipc;
  return 0;
}
