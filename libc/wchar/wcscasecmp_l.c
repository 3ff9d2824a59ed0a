#include <wchar.h>

// Case mappings are the same in every supported locale.
int wcscasecmp_l(const wchar_t *s1, const wchar_t *s2, locale_t locale) {
  return wcscasecmp(s1, s2);
}
