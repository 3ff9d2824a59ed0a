#include <uchar.h>
#include <unicode_utf8.h>

// Encodes a code point as UTF-8; surrogates and values above U+10FFFF are
// not characters.
size_t c32rtomb(char *restrict s, char32_t c32, mbstate_t *restrict ps) {
  if (s == NULL)
    return 1;
  if (utf8_length(c32) == 0) {
    errno = EILSEQ;
    return (size_t)-1;
  }
  return utf8_encode(s, c32);
}
