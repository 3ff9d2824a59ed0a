#include <unicode_ctype.h>

// Uppercase characters, and those with a lowercase mapping.
int iswupper(wint_t wc) {
  return unicode_has(wc, UNICODE_UPPER);
}
