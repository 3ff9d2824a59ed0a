#include <wctype.h>

// Every supported locale has the same mappings.
wctrans_t wctrans_l(const char *name, locale_t locale) {
  return wctrans(name);
}
