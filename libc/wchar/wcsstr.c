#include <wchar_twoway.h>

// The first occurrence of s2 in s1 (linear time, see wchar_twoway.h).
wchar_t *wcsstr(const wchar_t *s1, const wchar_t *s2) {
  if (s2[0] == L'\0')
    return (wchar_t *)s1;
  if (s2[1] == L'\0')
    return wcschr(s1, s2[0]);
  size_t m = wcslen(s2);
  size_t n = wcsnlen(s1, m);
  if (n < m)
    return NULL;
  n += wcslen(s1 + n);
  return twoway_search(s1, (ptrdiff_t)n, s2, (ptrdiff_t)m);
}
