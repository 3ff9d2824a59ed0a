#include "uv_impl.h"

int uv_fs_write(uv_loop_t *loop, uv_fs_t *req, uv_file file,
              const uv_buf_t bufs[], unsigned int nbufs, int64_t offset,
              uv_fs_cb cb) {
  return __uv_fs_submit_bufs(loop, req, UV_FS_WRITE, file, bufs, nbufs, offset,
                             cb);
}
