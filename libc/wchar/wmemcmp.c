#include <wchar.h>

// Compares n wide characters as wchar_t values (signed).
int wmemcmp(const wchar_t *s1, const wchar_t *s2, size_t n) {
  for (; n > 0; --n, ++s1, ++s2)
    if (*s1 != *s2)
      return *s1 < *s2 ? -1 : 1;
  return 0;
}
