#include "uv_impl.h"

// Only requests still waiting for a pool thread can be cancelled; their
// callbacks then run with UV_ECANCELED.
int uv_cancel(uv_req_t *req) {
  switch (req->type) {
    case UV_WORK:
      return __uv_work_cancel(&((uv_work_t *)req)->__work);
    case UV_FS:
      return __uv_work_cancel(&((uv_fs_t *)req)->__work);
    case UV_GETADDRINFO:
      return __uv_work_cancel(&((uv_getaddrinfo_t *)req)->__work);
    case UV_GETNAMEINFO:
      return __uv_work_cancel(&((uv_getnameinfo_t *)req)->__work);
    default:
      return UV_EINVAL;
  }
}
