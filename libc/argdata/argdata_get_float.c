#include <argdata.h>
#include <errno.h>
#include <string.h>

#include "argdata_impl.h"

int argdata_get_float(const argdata_t *ad, double *v) {
  if (ad->kind == AD_FLOAT) {
    *v = ad->f;
    return 0;
  }
  unsigned tag;
  const uint8_t *p;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &p, &len) ||
      tag != ADT_FLOAT || len != 8)
    return EINVAL;
  uint64_t bits = 0;
  for (size_t i = 0; i < 8; i++)
    bits = bits << 8 | p[i];
  memcpy(v, &bits, sizeof(*v));
  return 0;
}
