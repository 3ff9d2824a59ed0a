#include <wctype.h>

// Classification is the same in every supported locale.
int iswpunct_l(wint_t wc, locale_t locale) {
  return iswpunct(wc);
}
