#include <wctype.h>

// Case mappings are the same in every supported locale.
wint_t towupper_l(wint_t wc, locale_t locale) {
  return towupper(wc);
}
