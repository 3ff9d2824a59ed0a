#include <unicode_ctype.h>

// Lowercase characters, and those with an uppercase mapping.
int iswlower(wint_t wc) {
  return unicode_has(wc, UNICODE_LOWER);
}
