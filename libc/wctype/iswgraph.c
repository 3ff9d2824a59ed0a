#include <unicode_ctype.h>

// Printable characters other than spaces.
int iswgraph(wint_t wc) {
  return unicode_isgraph(wc);
}
