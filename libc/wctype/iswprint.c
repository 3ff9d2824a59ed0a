#include <unicode_ctype.h>

// Assigned characters other than controls, surrogates and line or
// paragraph separators.
int iswprint(wint_t wc) {
  return unicode_has(wc, UNICODE_PRINT);
}
