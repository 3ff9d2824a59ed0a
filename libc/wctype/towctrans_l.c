#include <wctype.h>

// Case mappings are the same in every supported locale.
wint_t towctrans_l(wint_t wc, wctrans_t trans, locale_t locale) {
  return towctrans(wc, trans);
}
