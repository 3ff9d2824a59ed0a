#include <wchar.h>

// Appends at most n characters of s2 to s1, always terminating the result.
wchar_t *wcsncat(wchar_t *restrict s1, const wchar_t *restrict s2, size_t n) {
  wchar_t *d = s1 + wcslen(s1);
  for (; n > 0 && *s2 != L'\0'; --n)
    *d++ = *s2++;
  *d = L'\0';
  return s1;
}
