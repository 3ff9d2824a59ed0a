#include <string.h>
#include <unicode_ctype.h>

// The mapping with the given name ("tolower" or "toupper"), or 0.
wctrans_t wctrans(const char *name) {
  if (strcmp(name, "tolower") == 0)
    return WCTRANS_TOLOWER;
  if (strcmp(name, "toupper") == 0)
    return WCTRANS_TOUPPER;
  return 0;
}
