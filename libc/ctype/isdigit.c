#include <ctype.h>

// Whether c is a decimal digit in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isdigit(int c) {
  return (unsigned int)(c - '0') < 10;
}
