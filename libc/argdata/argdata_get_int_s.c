#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_int_s(const argdata_t *ad, intmax_t *v, intmax_t min, intmax_t max) {
  __int128 value;
  if (ad->kind == AD_INT_S) {
    value = ad->int_s;
  } else if (ad->kind == AD_INT_U) {
    value = ad->int_u;
  } else {
    unsigned tag;
    const uint8_t *p;
    size_t len;
    if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &p, &len) || tag != ADT_INT)
      return EINVAL;
    int error = __argdata_decode_int(p, len, 8, &value);
    if (error != 0)
      return error;
  }
  if (value < min || value > max)
    return ERANGE;
  *v = (intmax_t)value;
  return 0;
}
