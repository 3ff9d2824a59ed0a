#include <errno.h>
#include <monetary.h>
#include <stdlib.h>
#include <wchar.h>

// Formats through the multibyte version: the format is converted to
// UTF-8, formatted, and the result converted back.
ssize_t vwcsfmon_l(wchar_t *restrict s, size_t maxsize, locale_t locale,
                   const wchar_t *restrict format, va_list ap) {
  size_t flen = wcstombs(NULL, format, 0);
  if (flen == (size_t)-1)
    return -1;
  char *mbformat = malloc(flen + 1);
  // Each output wide character takes at most four bytes.
  size_t cap = maxsize > ((size_t)-1) / 8 ? ((size_t)-1) / 8 : maxsize;
  char *out = malloc(cap * 4 + 1);
  ssize_t result = -1;
  if (mbformat != NULL && out != NULL) {
    wcstombs(mbformat, format, flen + 1);
    ssize_t n = vstrfmon_l(out, cap * 4 + 1, locale, mbformat, ap);
    if (n >= 0) {
      size_t wlen = mbstowcs(NULL, out, 0);
      if (wlen != (size_t)-1 && wlen < maxsize) {
        mbstowcs(s, out, wlen + 1);
        result = (ssize_t)wlen;
      } else if (wlen != (size_t)-1) {
        errno = E2BIG;
      }
    } else if (errno == E2BIG && cap * 4 + 1 >= maxsize) {
      errno = E2BIG;
    }
  }
  free(mbformat);
  free(out);
  return result;
}
