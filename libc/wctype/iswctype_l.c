#include <wctype.h>

// Classification is the same in every supported locale.
int iswctype_l(wint_t wc, wctype_t type, locale_t locale) {
  return iswctype(wc, type);
}
