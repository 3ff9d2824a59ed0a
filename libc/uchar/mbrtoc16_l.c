#include <uchar.h>

// The encoding is UTF-8 in every supported locale.
size_t mbrtoc16_l(char16_t *restrict pc16, const char *restrict s,
                  size_t n, mbstate_t *restrict ps, locale_t locale) {
  return mbrtoc16(pc16, s, n, ps);
}
