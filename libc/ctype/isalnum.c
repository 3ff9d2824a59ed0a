#include <ctype.h>

// Whether c is an alphanumeric character in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isalnum(int c) {
  return (unsigned int)(c - '0') < 10 || (unsigned int)((c | 32) - 'a') < 26;
}
