#include <string.h>

#include "uv_impl.h"

static socklen_t addr_len(const struct sockaddr *addr) {
  return addr->sa_family == AF_INET ? sizeof(struct sockaddr_in)
                                    : sizeof(struct sockaddr_in6);
}

static int lookup(uv_getnameinfo_t *req) {
  const struct sockaddr *sa = (const struct sockaddr *)&req->__addr;
  return __uv_eai_error(getnameinfo(sa, addr_len(sa), req->host,
                                    sizeof(req->host), req->service,
                                    sizeof(req->service), req->__flags));
}

static void work(struct __uv_work *w) {
  uv_getnameinfo_t *req = __uv_container(w, uv_getnameinfo_t, __work);
  req->__retcode = lookup(req);
}

static void done(struct __uv_work *w, int status) {
  uv_getnameinfo_t *req = __uv_container(w, uv_getnameinfo_t, __work);
  __uv_req_unregister(req->loop);
  if (status == UV_ECANCELED)
    req->__retcode = UV_EAI_CANCELED;
  if (req->__retcode == 0)
    req->__cb(req, 0, req->host, req->service);
  else
    req->__cb(req, req->__retcode, NULL, NULL);
}

// Numeric results only (see <netdb.h>).  Without a callback the lookup
// happens at once; host and service are then in the request.
int uv_getnameinfo(uv_loop_t *loop, uv_getnameinfo_t *req,
                   uv_getnameinfo_cb cb, const struct sockaddr *addr,
                   int flags) {
  if (addr == NULL ||
      (addr->sa_family != AF_INET && addr->sa_family != AF_INET6))
    return UV_EINVAL;
  req->type = UV_GETNAMEINFO;
  req->loop = loop;
  req->__cb = cb;
  req->__flags = flags;
  req->__work.__state = 0;  // not on the pool: uv_cancel says UV_EBUSY
  memset(&req->__addr, 0, sizeof(req->__addr));
  memcpy(&req->__addr, addr, addr_len(addr));
  req->host[0] = '\0';
  req->service[0] = '\0';
  if (cb == NULL)
    return lookup(req);
  __uv_req_register(loop, (uv_req_t *)req, UV_GETNAMEINFO);
  __uv_work_submit(loop, &req->__work, work, done);
  return 0;
}
