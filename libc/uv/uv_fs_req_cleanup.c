#include <stdlib.h>

#include <uv.h>

void uv_fs_req_cleanup(uv_fs_t *req) {
  if (req->__bufs != NULL && req->__bufs != req->__small)
    free(req->__bufs);
  req->__bufs = NULL;
  req->__nbufs = 0;
}
