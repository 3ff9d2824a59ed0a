#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
size_t wcsnrtombs_l(char *restrict dst, const wchar_t **restrict src,
                    size_t nwc, size_t len, mbstate_t *restrict ps,
                    locale_t locale) {
  return wcsnrtombs(dst, src, nwc, len, ps);
}
