#include <ctype.h>

// Clears all but the low seven bits.
int toascii(int c) {
  return c & 0x7f;
}
