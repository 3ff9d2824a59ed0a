#include <unicode_ctype.h>

// Unicode Alphabetic characters and the decimal digits other than 0-9.
int iswalpha(wint_t wc) {
  return unicode_has(wc, UNICODE_ALPHA);
}
