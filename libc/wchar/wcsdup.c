#include <stdlib.h>
#include <wchar.h>

// A copy of s in memory from malloc.
wchar_t *wcsdup(const wchar_t *s) {
  size_t n = wcslen(s) + 1;
  wchar_t *copy = malloc(n * sizeof(wchar_t));
  if (copy != NULL)
    wmemcpy(copy, s, n);
  return copy;
}
