#include <stdlib.h>

// The encoding is UTF-8 in every supported locale.
int mbtowc_l(wchar_t *restrict pwc, const char *restrict s, size_t n, locale_t locale) {
  return mbtowc(pwc, s, n);
}
