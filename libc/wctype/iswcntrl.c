#include <unicode_ctype.h>

// C0 and C1 controls, DEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
int iswcntrl(wint_t wc) {
  return unicode_has(wc, UNICODE_CNTRL);
}
