#include "argdata_encode.h"

size_t __argdata_encode_int(__int128 v, uint8_t *out) {
  uint8_t be[16];
  unsigned __int128 u = (unsigned __int128)v;
  for (size_t i = 16; i-- > 0;) {
    be[i] = (uint8_t)u;
    u >>= 8;
  }
  // A leading byte is redundant when it only repeats the sign of the byte
  // after it: 0x00 before a byte with the top bit clear, 0xff before one
  // with it set.  A lone 0x00 (the value zero) is dropped too.
  size_t start = 0;
  while (start < 16) {
    uint8_t next_top = start + 1 < 16 ? be[start + 1] & 0x80 : 0;
    if (be[start] == 0x00 && next_top == 0)
      start++;
    else if (be[start] == 0xff && start + 1 < 16 && next_top != 0)
      start++;
    else
      break;
  }
  size_t n = 16 - start;
  for (size_t i = 0; i < n; i++)
    out[i] = be[start + i];
  return n;
}
