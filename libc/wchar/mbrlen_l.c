#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
size_t mbrlen_l(const char *restrict s, size_t n, mbstate_t *restrict ps,
                locale_t locale) {
  return mbrlen(s, n, ps);
}
