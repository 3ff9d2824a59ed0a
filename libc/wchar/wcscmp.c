#include <wchar.h>

// Compares wide characters as wchar_t values (signed).
int wcscmp(const wchar_t *s1, const wchar_t *s2) {
  while (*s1 == *s2 && *s1 != L'\0') {
    ++s1;
    ++s2;
  }
  return *s1 < *s2 ? -1 : *s1 > *s2;
}
