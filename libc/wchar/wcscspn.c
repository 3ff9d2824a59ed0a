#include <wchar_set.h>

// The length of the initial part of s made of characters not in set.
size_t wcscspn(const wchar_t *s, const wchar_t *set) {
  if (set[0] == L'\0')
    return wcslen(s);
  if (set[1] == L'\0') {
    const wchar_t *p = wcschr(s, set[0]);
    return p != NULL ? (size_t)(p - s) : wcslen(s);
  }
  struct wchar_set in;
  wchar_set_init(&in, set);
  size_t n = 0;
  while (s[n] != L'\0' && !wchar_set_has(&in, s[n]))
    ++n;
  return n;
}
