#include <errno.h>

#include "argdata_impl.h"

int __argdata_decode_int(const uint8_t *p, size_t n, size_t max_bytes, __int128 *value) {
  if (n > max_bytes)
    return ERANGE;
  // Sign-extend from the first byte, then shift in the rest.
  unsigned __int128 v = (n > 0 && (p[0] & 0x80)) ? ~(unsigned __int128)0 : 0;
  for (size_t i = 0; i < n; i++)
    v = (v << 8) | p[i];
  *value = (__int128)v;
  return 0;
}
