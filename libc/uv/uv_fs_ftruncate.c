#include "uv_impl.h"

int uv_fs_ftruncate(uv_loop_t *loop, uv_fs_t *req, uv_file file,
                    int64_t offset, uv_fs_cb cb) {
  req->__bufs = NULL;
  req->__offset = offset;
  return __uv_fs_submit(loop, req, UV_FS_FTRUNCATE, file, cb);
}
