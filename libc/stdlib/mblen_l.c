#include <stdlib.h>

// The encoding is UTF-8 in every supported locale.
int mblen_l(const char *s, size_t n, locale_t locale) {
  return mblen(s, n);
}
