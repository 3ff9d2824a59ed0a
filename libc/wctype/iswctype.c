#include <unicode_ctype.h>

// Tests wc for a class obtained from wctype(); 0 (an unknown class name)
// matches nothing.
int iswctype(wint_t wc, wctype_t type) {
  return unicode_isctype(wc, type);
}
