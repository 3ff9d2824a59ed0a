#include <stdlib.h>
#include <unicode_utf8.h>

// Decodes one complete UTF-8 character.  UTF-8 has no shift states, so
// mbtowc(NULL, ...) answers 0 and nothing carries over between calls: an
// incomplete character is an error here.
int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n) {
  if (s == NULL)
    return 0;
  mbstate_t state = {0};
  uint32_t c;
  size_t r = utf8_decode(&c, (const unsigned char *)s, n, &state);
  if (r == UTF8_INCOMPLETE) {
    errno = EILSEQ;
    return -1;
  }
  if (r == UTF8_INVALID)
    return -1;
  if (pwc != NULL)
    *pwc = (wchar_t)c;
  return c == 0 ? 0 : (int)r;
}
