#include <wchar.h>

// Every supported locale collates in code point order.
int wcscoll_l(const wchar_t *s1, const wchar_t *s2, locale_t locale) {
  return wcscoll(s1, s2);
}
