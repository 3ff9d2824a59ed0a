#include "uv_impl.h"

int uv_fs_sendfile(uv_loop_t *loop, uv_fs_t *req, uv_file out_fd,
                   uv_file in_fd, int64_t in_offset, size_t length,
                   uv_fs_cb cb) {
  req->__bufs = NULL;
  req->__out = out_fd;
  req->__offset = in_offset;
  req->__length = length;
  return __uv_fs_submit(loop, req, UV_FS_SENDFILE, in_fd, cb);
}
