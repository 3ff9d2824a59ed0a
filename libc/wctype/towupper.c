#include <unicode_ctype.h>

// The simple uppercase mapping of Unicode; wc itself if there is none.
wint_t towupper(wint_t wc) {
  return unicode_toupper(wc);
}
