#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
size_t mbsrtowcs_l(wchar_t *restrict dst, const char **restrict src,
                   size_t len, mbstate_t *restrict ps, locale_t locale) {
  return mbsrtowcs(dst, src, len, ps);
}
