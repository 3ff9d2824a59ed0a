// wcsftime() is declared in <wchar.h>; it formats through strftime(): the
// wide format is encoded as UTF-8 (the multibyte encoding of both
// locales), formatted, and the result decoded back.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "unicode_utf8.h"

size_t wcsftime(wchar_t *restrict s, size_t maxsize, const wchar_t *restrict format,
                const struct tm *restrict tm) {
  if (maxsize == 0)
    return 0;
  size_t flen = 0;
  for (const wchar_t *w = format; *w != L'\0'; w++) {
    size_t l = utf8_length((uint32_t)*w);
    if (l == 0) {
      errno = EILSEQ;
      return 0;
    }
    flen += l;
  }
  char fstack[256], ostack[512];
  char *f = flen < sizeof(fstack) ? fstack : malloc(flen + 1);
  if (f == NULL)
    return 0;
  char *p = f;
  for (const wchar_t *w = format; *w != L'\0'; w++)
    p += utf8_encode(p, (uint32_t)*w);
  *p = '\0';

  // maxsize - 1 wide characters take at most 4 bytes each; start small and
  // grow while strftime reports that the result did not fit.
  size_t limit = maxsize - 1 > (SIZE_MAX - 1) / 4 ? SIZE_MAX : (maxsize - 1) * 4 + 1;
  size_t cap = sizeof(ostack) < limit ? sizeof(ostack) : limit;
  char *out = ostack;
  size_t len;
  for (;;) {
    len = strftime(out, cap, f, tm);
    if (len > 0 || cap >= limit || flen == 0)
      break;
    if (out != ostack)
      free(out);
    cap = cap > limit / 2 ? limit : cap * 2;
    out = malloc(cap);
    if (out == NULL)
      break;
  }
  size_t n = 0;
  if (out != NULL && len > 0) {
    mbstate_t state = {0};
    const unsigned char *b = (const unsigned char *)out;
    for (size_t i = 0; i < len;) {
      uint32_t c;
      size_t used = utf8_decode(&c, b + i, len - i, &state);
      if (used == UTF8_INVALID || used == UTF8_INCOMPLETE || n + 1 >= maxsize) {
        n = 0;  // does not fit, or a zone name that is not UTF-8
        break;
      }
      s[n++] = (wchar_t)c;
      i += used;
    }
  }
  if (n < maxsize)
    s[n] = L'\0';
  if (out != NULL && out != ostack)
    free(out);
  if (f != fstack)
    free(f);
  return n;
}
