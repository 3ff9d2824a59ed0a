#include <ctype.h>

// Whether c is a printable character that is neither a space nor alphanumeric in the C locale (ASCII).  EOF and bytes above
// 0x7f are not.
int ispunct(int c) {
  return (unsigned int)(c - '!') < 94 && !((unsigned int)(c - '0') < 10 ||
                                          (unsigned int)((c | 32) - 'a') < 26);
}
