#include <stdlib.h>
#include <string.h>

#include "uv_impl.h"

static void work(struct __uv_work *w) {
  uv_getaddrinfo_t *req = __uv_container(w, uv_getaddrinfo_t, __work);
  req->__retcode = __uv_eai_error(
      getaddrinfo(req->__host, req->__service, req->__hints, &req->addrinfo));
}

static void done(struct __uv_work *w, int status) {
  uv_getaddrinfo_t *req = __uv_container(w, uv_getaddrinfo_t, __work);
  __uv_req_unregister(req->loop);
  free(req->__hints);  // one allocation with the copied strings
  req->__hints = NULL;
  if (status == UV_ECANCELED)
    req->__retcode = UV_EAI_CANCELED;
  req->__cb(req, req->__retcode, req->addrinfo);
}

// Numeric hosts and services only (see <netdb.h>).  Without a callback the
// lookup happens at once and its result is returned.
int uv_getaddrinfo(uv_loop_t *loop, uv_getaddrinfo_t *req,
                   uv_getaddrinfo_cb cb, const char *node, const char *service,
                   const struct addrinfo *hints) {
  if (node == NULL && service == NULL)
    return UV_EINVAL;
  req->type = UV_GETADDRINFO;
  req->loop = loop;
  req->addrinfo = NULL;
  req->__cb = cb;
  req->__work.__state = 0;  // not on the pool: uv_cancel says UV_EBUSY
  if (cb == NULL) {
    req->__host = NULL;
    req->__service = NULL;
    req->__hints = NULL;
    return __uv_eai_error(getaddrinfo(node, service, hints, &req->addrinfo));
  }
  size_t nlen = node != NULL ? strlen(node) + 1 : 0;
  size_t slen = service != NULL ? strlen(service) + 1 : 0;
  char *block = malloc(sizeof(struct addrinfo) + nlen + slen);
  if (block == NULL)
    return UV_ENOMEM;
  req->__hints = (struct addrinfo *)block;
  if (hints != NULL)
    *req->__hints = *hints;
  else  // what POSIX says a null hints pointer means
    memset(req->__hints, 0, sizeof(*req->__hints));
  req->__hints->ai_addr = NULL;
  req->__hints->ai_canonname = NULL;
  req->__hints->ai_next = NULL;
  char *p = block + sizeof(struct addrinfo);
  req->__host = node != NULL ? memcpy(p, node, nlen) : NULL;
  req->__service = service != NULL ? memcpy(p + nlen, service, slen) : NULL;
  __uv_req_register(loop, (uv_req_t *)req, UV_GETADDRINFO);
  __uv_work_submit(loop, &req->__work, work, done);
  return 0;
}
