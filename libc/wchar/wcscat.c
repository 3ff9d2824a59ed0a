#include <wchar.h>

// Appends s2 to s1.
wchar_t *wcscat(wchar_t *restrict s1, const wchar_t *restrict s2) {
  wcscpy(s1 + wcslen(s1), s2);
  return s1;
}
