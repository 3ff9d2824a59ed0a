#include <stdlib.h>

// The encoding is UTF-8 in every supported locale.
size_t wcstombs_l(char *restrict dst, const wchar_t *restrict src,
                  size_t n, locale_t locale) {
  return wcstombs(dst, src, n);
}
