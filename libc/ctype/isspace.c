#include <ctype.h>

// Whether c is white space (space, \t, \n, \v, \f, \r) in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isspace(int c) {
  return c == ' ' || (unsigned int)(c - '\t') < 5;
}
