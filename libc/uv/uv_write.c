#include <uv.h>

int uv_write(uv_write_t *req, uv_stream_t *s, const uv_buf_t bufs[],
             unsigned int nbufs, uv_write_cb cb) {
  return uv_write2(req, s, bufs, nbufs, NULL, cb);
}
