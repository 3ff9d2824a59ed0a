#include <wchar.h>

// Every supported locale collates in code point order.
int wcscoll(const wchar_t *s1, const wchar_t *s2) {
  return wcscmp(s1, s2);
}
