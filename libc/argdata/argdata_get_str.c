#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_str(const argdata_t *ad, const char **s, size_t *n) {
  if (ad->kind == AD_STR) {
    *s = ad->bytes.ptr;
    *n = ad->bytes.len;
    return 0;
  }
  unsigned tag;
  const uint8_t *p;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &p, &len) ||
      tag != ADT_STR || len == 0 || p[len - 1] != '\0')
    return EINVAL;
  int error = __argdata_validate_utf8((const char *)p, len - 1);
  if (error != 0)
    return error;
  *s = (const char *)p;
  *n = len - 1;
  return 0;
}
