#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_binary(const argdata_t *ad, const void **p, size_t *n) {
  if (ad->kind == AD_BINARY) {
    *p = ad->bytes.ptr;
    *n = ad->bytes.len;
    return 0;
  }
  unsigned tag;
  const uint8_t *payload;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &payload, &len) ||
      tag != ADT_BINARY)
    return EINVAL;
  *p = payload;
  *n = len;
  return 0;
}
