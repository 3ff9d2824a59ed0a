#include "uv_impl.h"

int uv_fs_futime(uv_loop_t *loop, uv_fs_t *req, uv_file file, double atime,
                 double mtime, uv_fs_cb cb) {
  req->__bufs = NULL;
  req->__atime = atime;
  req->__mtime = mtime;
  return __uv_fs_submit(loop, req, UV_FS_FUTIME, file, cb);
}
