#include <unicode_ctype.h>

// Graphic characters that are not alphanumeric.
int iswpunct(wint_t wc) {
  return unicode_ispunct(wc);
}
