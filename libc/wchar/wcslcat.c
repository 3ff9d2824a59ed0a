#include <wchar.h>

// Appends s2 to the string in s1 (a buffer of n characters) as far as it
// fits, terminated.  Returns the length the full result would have had; if
// s1 holds no terminator within n characters, that is n + wcslen(s2).
size_t wcslcat(wchar_t *restrict s1, const wchar_t *restrict s2, size_t n) {
  size_t used = wcsnlen(s1, n);
  if (used == n)
    return n + wcslen(s2);
  return used + wcslcpy(s1 + used, s2, n - used);
}
