#include <ctype.h>

// Whether c is a printable character, space included in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isprint(int c) {
  return (unsigned int)(c - ' ') < 95;
}
