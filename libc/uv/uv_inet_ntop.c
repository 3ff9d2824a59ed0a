#include <arpa/inet.h>
#include <errno.h>

#include <uv.h>

int uv_inet_ntop(int af, const void *src, char *dst, size_t size) {
  if (af != AF_INET && af != AF_INET6)
    return UV_EAFNOSUPPORT;
  if (inet_ntop(af, src, dst, (socklen_t)size) == NULL)
    return UV_ENOSPC;
  return 0;
}
