#include <unicode_ctype.h>

// Tab and the space separators, except the no-break spaces.
int iswblank(wint_t wc) {
  return unicode_has(wc, UNICODE_BLANK);
}
