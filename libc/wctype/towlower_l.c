#include <wctype.h>

// Case mappings are the same in every supported locale.
wint_t towlower_l(wint_t wc, locale_t locale) {
  return towlower(wc);
}
