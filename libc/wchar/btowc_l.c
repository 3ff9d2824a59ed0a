#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
wint_t btowc_l(int c, locale_t locale) {
  return btowc(c);
}
