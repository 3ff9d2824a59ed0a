#include "uv_impl.h"

int uv_pipe_open(uv_pipe_t *p, uv_file fd) {
  return __uv_stream_open((uv_stream_t *)p, fd);
}
