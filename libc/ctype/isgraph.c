#include <ctype.h>

// Whether c is a printable character other than space in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isgraph(int c) {
  return (unsigned int)(c - '!') < 94;
}
