#include <wchar.h>

// The first occurrence of c in s; the terminator is part of s.
wchar_t *wcschr(const wchar_t *s, wchar_t c) {
  for (;; ++s) {
    if (*s == c)
      return (wchar_t *)s;
    if (*s == L'\0')
      return NULL;
  }
}
