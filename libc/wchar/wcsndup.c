#include <stdlib.h>
#include <wchar.h>

// A copy of at most n characters of s, terminated, in memory from malloc.
wchar_t *wcsndup(const wchar_t *s, size_t n) {
  size_t len = wcsnlen(s, n);
  wchar_t *copy = malloc((len + 1) * sizeof(wchar_t));
  if (copy != NULL) {
    wmemcpy(copy, s, len);
    copy[len] = L'\0';
  }
  return copy;
}
