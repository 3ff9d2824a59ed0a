#include <wchar.h>

// Case mappings are the same in every supported locale.
int wcsncasecmp_l(const wchar_t *s1, const wchar_t *s2, size_t n,
                  locale_t locale) {
  return wcsncasecmp(s1, s2, n);
}
