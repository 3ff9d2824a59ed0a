#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
size_t wcrtomb_l(char *restrict s, wchar_t wc, mbstate_t *restrict ps,
                 locale_t locale) {
  return wcrtomb(s, wc, ps);
}
