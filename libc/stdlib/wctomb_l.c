#include <stdlib.h>

// The encoding is UTF-8 in every supported locale.
int wctomb_l(char *s, wchar_t wc, locale_t locale) {
  return wctomb(s, wc);
}
