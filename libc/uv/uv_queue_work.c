#include "uv_impl.h"

static void run(struct __uv_work *w) {
  uv_work_t *req = __uv_container(w, uv_work_t, __work);
  req->work_cb(req);
}

static void done(struct __uv_work *w, int status) {
  uv_work_t *req = __uv_container(w, uv_work_t, __work);
  __uv_req_unregister(req->loop);
  if (req->after_work_cb != NULL)
    req->after_work_cb(req, status);
}

int uv_queue_work(uv_loop_t *loop, uv_work_t *req, uv_work_cb work_cb,
                  uv_after_work_cb after_work_cb) {
  if (work_cb == NULL)
    return UV_EINVAL;
  __uv_req_register(loop, (uv_req_t *)req, UV_WORK);
  req->loop = loop;
  req->work_cb = work_cb;
  req->after_work_cb = after_work_cb;
  __uv_work_submit(loop, &req->__work, run, done);
  return 0;
}
