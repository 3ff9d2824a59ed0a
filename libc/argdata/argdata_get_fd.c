#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_fd(const argdata_t *ad, int *fd) {
  if (ad->kind == AD_FD) {
    *fd = ad->fd;
    return 0;
  }
  unsigned tag;
  const uint8_t *p;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &p, &len) ||
      tag != ADT_FD || len != 4)
    return EINVAL;
  uint32_t raw = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
  if (ad->buffer.convert_fd == NULL)
    return EBADF;
  int converted = ad->buffer.convert_fd(ad->buffer.convert_arg, raw);
  if (converted < 0)
    return EBADF;
  *fd = converted;
  return 0;
}
