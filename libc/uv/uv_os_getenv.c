#include <stdlib.h>
#include <string.h>

#include <uv.h>

// On success *size is the value's length; when buffer is too small,
// UV_ENOBUFS and *size is the size needed.
int uv_os_getenv(const char *name, char *buffer, size_t *size) {
  if (name == NULL || buffer == NULL || size == NULL || *size == 0)
    return UV_EINVAL;
  const char *value = getenv(name);
  if (value == NULL)
    return UV_ENOENT;
  size_t len = strlen(value);
  if (len >= *size) {
    *size = len + 1;
    return UV_ENOBUFS;
  }
  memcpy(buffer, value, len + 1);
  *size = len;
  return 0;
}
