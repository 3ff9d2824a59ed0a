#include <unicode_ctype.h>

// Only 0-9, A-F and a-f.
int iswxdigit(wint_t wc) {
  return unicode_isxdigit(wc);
}
