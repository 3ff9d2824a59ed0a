#include <ctype.h>

// Whether c is a control character in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int iscntrl(int c) {
  return (unsigned int)c < 32 || c == 127;
}
