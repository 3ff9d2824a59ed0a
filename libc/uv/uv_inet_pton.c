#include <arpa/inet.h>
#include <string.h>

#include <uv.h>

// An IPv6 address may carry a %zone suffix, which is ignored here.
int uv_inet_pton(int af, const char *src, void *dst) {
  if (src == NULL || dst == NULL)
    return UV_EINVAL;
  if (af == AF_INET)
    return inet_pton(AF_INET, src, dst) == 1 ? 0 : UV_EINVAL;
  if (af != AF_INET6)
    return UV_EAFNOSUPPORT;
  char tmp[INET6_ADDRSTRLEN];
  const char *zone = strchr(src, '%');
  if (zone != NULL) {
    size_t len = (size_t)(zone - src);
    if (len >= sizeof(tmp))
      return UV_EINVAL;
    memcpy(tmp, src, len);
    tmp[len] = '\0';
    src = tmp;
  }
  return inet_pton(AF_INET6, src, dst) == 1 ? 0 : UV_EINVAL;
}
