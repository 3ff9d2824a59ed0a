#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_int_u(const argdata_t *ad, uintmax_t *v, uintmax_t max) {
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
    // Nine bytes are allowed for the values 2^63..2^64-1 (leading 0x00).
    if (len == 9 && p[0] == 0) {
      p++;
      len--;
      value = 0;
      for (size_t i = 0; i < len; i++)
        value = value << 8 | p[i];
    } else {
      int error = __argdata_decode_int(p, len, 8, &value);
      if (error != 0)
        return error;
    }
  }
  if (value < 0 || value > (__int128)max)
    return ERANGE;
  *v = (uintmax_t)value;
  return 0;
}
