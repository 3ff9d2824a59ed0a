#include <ctype.h>

// Whether c is an upper-case letter in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isupper(int c) {
  return (unsigned int)(c - 'A') < 26;
}
