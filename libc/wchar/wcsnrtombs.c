#include <unicode_utf8.h>

// Converts at most nwc wide characters, storing at most len bytes and never
// a partial character; once len bytes are stored, the next character is not
// looked at.  With dst null, len is ignored and *src unchanged.
size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src,
                  size_t nwc, size_t len, mbstate_t *restrict ps) {
  const wchar_t *ws = *src;
  size_t count = 0;
  if (dst == NULL) {
    for (; nwc > 0; --nwc, ++ws) {
      uint32_t c = (uint32_t)*ws;
      if (c == 0)
        return count;
      size_t n = utf8_length(c);
      if (n == 0) {
        errno = EILSEQ;
        return (size_t)-1;
      }
      count += n;
    }
    return count;
  }
  for (; nwc > 0 && count < len; --nwc, ++ws) {
    uint32_t c = (uint32_t)*ws;
    if (c < 0x80) {
      dst[count] = (char)c;
      if (c == 0) {
        *src = NULL;
        return count;
      }
      ++count;
      continue;
    }
    size_t n = utf8_length(c);
    if (n == 0) {
      *src = ws;
      errno = EILSEQ;
      return (size_t)-1;
    }
    if (len - count < n)
      break;
    count += utf8_encode(dst + count, c);
  }
  *src = ws;
  return count;
}
