#include <ctype.h>

// Whether c is a space or a tab in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isblank(int c) {
  return c == ' ' || c == '\t';
}
