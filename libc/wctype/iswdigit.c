#include <unicode_ctype.h>

// Only 0-9, as C requires.
int iswdigit(wint_t wc) {
  return unicode_isdigit(wc);
}
