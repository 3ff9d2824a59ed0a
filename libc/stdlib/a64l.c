#include <stdint.h>
#include <stdlib.h>

// Reads up to six radix-64 digits ('.' = 0, '/' = 1, '0'-'9' = 2-11,
// 'A'-'Z' = 12-37, 'a'-'z' = 38-63), least significant first, stopping at
// the first other character.  As POSIX asks, the low 32 bits are returned
// sign-extended.
long a64l(const char *s) {
  uint32_t v = 0;
  for (int i = 0; i < 6; ++i) {
    unsigned char c = (unsigned char)s[i];
    unsigned d;
    if (c >= 'a' && c <= 'z')
      d = c - 'a' + 38;
    else if (c >= 'A' && c <= 'Z')
      d = c - 'A' + 12;
    else if (c >= '.' && c <= '9')
      d = c - '.';
    else
      break;
    v |= (uint32_t)d << (6 * i);
  }
  return (long)(int32_t)v;
}
