#include <errno.h>
#include <net/if.h>
#include <string.h>

#include <uv.h>

// On success *size is the name's length; when buffer is too small,
// UV_ENOBUFS and *size is the size needed.
int uv_if_indextoname(unsigned int ifindex, char *buffer, size_t *size) {
  if (buffer == NULL || size == NULL || *size == 0)
    return UV_EINVAL;
  char name[IF_NAMESIZE + 1];
  if (if_indextoname(ifindex, name) == NULL)
    return -errno;
  size_t len = strlen(name);
  if (len >= *size) {
    *size = len + 1;
    return UV_ENOBUFS;
  }
  memcpy(buffer, name, len + 1);
  *size = len;
  return 0;
}
