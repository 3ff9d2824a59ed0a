#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
int wctob_l(wint_t wc, locale_t locale) {
  return wctob(wc);
}
