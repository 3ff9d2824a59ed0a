#include <wchar.h>

// wcsncpy returning the first padding character written, or s1 + n if the
// copy was not terminated.
wchar_t *wcpncpy(wchar_t *restrict s1, const wchar_t *restrict s2, size_t n) {
  size_t i = 0;
  for (; i < n && s2[i] != L'\0'; ++i)
    s1[i] = s2[i];
  wchar_t *end = s1 + i;
  for (; i < n; ++i)
    s1[i] = L'\0';
  return end;
}
