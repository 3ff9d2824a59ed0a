#include <wchar.h>

// Copies at most n characters of s2 and pads s1 with null characters to n.
wchar_t *wcsncpy(wchar_t *restrict s1, const wchar_t *restrict s2, size_t n) {
  size_t i = 0;
  for (; i < n && s2[i] != L'\0'; ++i)
    s1[i] = s2[i];
  for (; i < n; ++i)
    s1[i] = L'\0';
  return s1;
}
