#include <wchar.h>

// The first c among the n characters at s.
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) {
  for (; n > 0; --n, ++s)
    if (*s == c)
      return (wchar_t *)s;
  return NULL;
}
