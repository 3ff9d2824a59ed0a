#include <unicode_utf8.h>

// Encodes wc as UTF-8.  UTF-8 has no shift states, so the state is only
// checked for being usable, never needed.
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps) {
  if (s == NULL)
    return 1;
  uint32_t c = (uint32_t)wc;
  if (c < 0x80) {
    *s = (char)c;
    return 1;
  }
  if (utf8_length(c) == 0) {
    errno = EILSEQ;
    return (size_t)-1;
  }
  return utf8_encode(s, c);
}
