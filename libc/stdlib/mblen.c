#include <stdlib.h>

// The length of the UTF-8 character at s; 0 for the null character.
int mblen(const char *s, size_t n) {
  return mbtowc(NULL, s, n);
}
