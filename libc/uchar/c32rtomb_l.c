#include <uchar.h>

// The encoding is UTF-8 in every supported locale.
size_t c32rtomb_l(char *restrict s, char32_t c32, mbstate_t *restrict ps,
                  locale_t locale) {
  return c32rtomb(s, c32, ps);
}
