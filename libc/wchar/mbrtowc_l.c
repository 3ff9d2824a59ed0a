#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
size_t mbrtowc_l(wchar_t *restrict pwc, const char *restrict s, size_t n,
                 mbstate_t *restrict ps, locale_t locale) {
  return mbrtowc(pwc, s, n, ps);
}
