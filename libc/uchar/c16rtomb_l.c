#include <uchar.h>

// The encoding is UTF-8 in every supported locale.
size_t c16rtomb_l(char *restrict s, char16_t c16, mbstate_t *restrict ps,
                  locale_t locale) {
  return c16rtomb(s, c16, ps);
}
