#include <unicode_ctype.h>

// Letters (see iswalpha) and the digits 0-9.
int iswalnum(wint_t wc) {
  return unicode_isalnum(wc);
}
