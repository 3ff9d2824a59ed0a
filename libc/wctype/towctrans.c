#include <unicode_ctype.h>

// Applies a mapping obtained from wctrans(); 0 (an unknown mapping name)
// leaves wc unchanged.
wint_t towctrans(wint_t wc, wctrans_t trans) {
  switch (trans) {
    case WCTRANS_TOLOWER:
      return unicode_tolower(wc);
    case WCTRANS_TOUPPER:
      return unicode_toupper(wc);
  }
  return wc;
}
