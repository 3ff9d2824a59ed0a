#include <wctype.h>

// Classification is the same in every supported locale.
int iswprint_l(wint_t wc, locale_t locale) {
  return iswprint(wc);
}
