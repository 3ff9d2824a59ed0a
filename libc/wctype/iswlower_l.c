#include <wctype.h>

// Classification is the same in every supported locale.
int iswlower_l(wint_t wc, locale_t locale) {
  return iswlower(wc);
}
