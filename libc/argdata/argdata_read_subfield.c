#include <errno.h>
#include <stdint.h>

#include "argdata_impl.h"

// Length prefix: big-endian groups of 7 bits; the high bit marks the last
// byte.  A leading 0x00 byte would be an overlong encoding.
int __argdata_read_subfield(const uint8_t **pos, size_t *remaining,
                            const uint8_t **field, size_t *field_len) {
  const uint8_t *p = *pos;
  size_t left = *remaining;
  if (left == 0 || *p == 0)
    return EINVAL;
  size_t len = 0;
  for (;;) {
    if (left == 0)
      return EINVAL;
    uint8_t byte = *p++;
    left--;
    if (len > (SIZE_MAX >> 7))
      return EINVAL;
    len = (len << 7) | (byte & 0x7f);
    if (byte & 0x80)
      break;
  }
  if (len > left)
    return EINVAL;
  *field = p;
  *field_len = len;
  *pos = p + len;
  *remaining = left - len;
  return 0;
}
