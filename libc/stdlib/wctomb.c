#include <stdlib.h>
#include <unicode_utf8.h>

// Encodes wc as UTF-8 (at most MB_CUR_MAX bytes).  wctomb(NULL, ...)
// answers 0: UTF-8 has no shift states.
int wctomb(char *s, wchar_t wc) {
  if (s == NULL)
    return 0;
  if (utf8_length((uint32_t)wc) == 0) {
    errno = EILSEQ;
    return -1;
  }
  return (int)utf8_encode(s, (uint32_t)wc);
}
