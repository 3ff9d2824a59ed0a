#include <stdlib.h>

// The encoding is UTF-8 in every supported locale.
size_t mbstowcs_l(wchar_t *restrict dst, const char *restrict src,
                  size_t n, locale_t locale) {
  return mbstowcs(dst, src, n);
}
