#include <uchar.h>

// The encoding is UTF-8 in every supported locale.
size_t mbrtoc32_l(char32_t *restrict pc32, const char *restrict s,
                  size_t n, mbstate_t *restrict ps, locale_t locale) {
  return mbrtoc32(pc32, s, n, ps);
}
