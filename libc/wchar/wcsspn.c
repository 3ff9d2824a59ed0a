#include <wchar_set.h>

// The length of the initial part of s made of characters in set.
size_t wcsspn(const wchar_t *s, const wchar_t *set) {
  struct wchar_set in;
  wchar_set_init(&in, set);
  size_t n = 0;
  while (s[n] != L'\0' && wchar_set_has(&in, s[n]))
    ++n;
  return n;
}
