#include <errno.h>
#include <wchar.h>

#include "unicode_utf8.h"
#include "wstdio_impl.h"

wint_t __stdio_putwc(wchar_t wc, FILE *f) {
  if (__stdio_wide(f) != 0)
    return WEOF;
  if (utf8_length((uint32_t)wc) == 0) {
    errno = EILSEQ;
    return WEOF;
  }
  char enc[4];
  size_t n = utf8_encode(enc, (uint32_t)wc);
  for (size_t i = 0; i < n; i++)
    if (stdio_putc(f, (unsigned char)enc[i]) == EOF)
      return WEOF;
  return (wint_t)wc;
}
