#include <wchar.h>

// Copies s2, including its terminator; returns the end of the copy (its
// terminator).
wchar_t *wcpcpy(wchar_t *restrict s1, const wchar_t *restrict s2) {
  while ((*s1 = *s2++) != L'\0')
    ++s1;
  return s1;
}
