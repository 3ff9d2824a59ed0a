#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_bool(const argdata_t *ad, bool *v) {
  unsigned tag;
  const uint8_t *payload;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &payload, &len) ||
      tag != ADT_BOOL)
    return EINVAL;
  if (len == 0)
    *v = false;
  else if (len == 1 && payload[0] == 1)
    *v = true;
  else
    return EINVAL;
  return 0;
}
