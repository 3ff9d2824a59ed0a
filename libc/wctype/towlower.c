#include <unicode_ctype.h>

// The simple lowercase mapping of Unicode; wc itself if there is none.
wint_t towlower(wint_t wc) {
  return unicode_tolower(wc);
}
