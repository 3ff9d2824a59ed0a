#include <wchar.h>

// The last occurrence of c in s; the terminator is part of s.
wchar_t *wcsrchr(const wchar_t *s, wchar_t c) {
  const wchar_t *last = NULL;
  for (;; ++s) {
    if (*s == c)
      last = s;
    if (*s == L'\0')
      return (wchar_t *)last;
  }
}
