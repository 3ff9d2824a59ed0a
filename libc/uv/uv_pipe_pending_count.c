#include <uv.h>

int uv_pipe_pending_count(uv_pipe_t *p) {
  return p->ipc ? (int)p->__received_count : 0;
}
