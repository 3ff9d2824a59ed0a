#include <ctype.h>

// Whether c is a letter in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int isalpha(int c) {
  return (unsigned int)((c | 32) - 'a') < 26;
}
