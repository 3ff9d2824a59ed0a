#include "uv_impl.h"

int uv_fs_close(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb) {
  req->__bufs = NULL;
  return __uv_fs_submit(loop, req, UV_FS_CLOSE, file, cb);
}
