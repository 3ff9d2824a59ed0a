#include <ctype.h>

// Whether c is a lower-case letter in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int islower(int c) {
  return (unsigned int)(c - 'a') < 26;
}
