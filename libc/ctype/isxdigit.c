#include <ctype.h>

// Whether c is a hexadecimal digit in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isxdigit(int c) {
  return (unsigned int)(c - '0') < 10 || (unsigned int)((c | 32) - 'a') < 6;
}
