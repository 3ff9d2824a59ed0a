#include <unicode_ctype.h>

// Unicode White_Space, except the no-break spaces.
int iswspace(wint_t wc) {
  return unicode_has(wc, UNICODE_SPACE);
}
