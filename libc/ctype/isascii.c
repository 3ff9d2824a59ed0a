#include <ctype.h>

// Whether c is a 7-bit value.
int isascii(int c) {
  return (unsigned int)c < 128;
}
