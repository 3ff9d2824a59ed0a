#include <wchar.h>

// Copies as much of s2 as fits in n characters, terminated if n > 0.
// Returns wcslen(s2), so truncation happened if the result is >= n.
size_t wcslcpy(wchar_t *restrict s1, const wchar_t *restrict s2, size_t n) {
  size_t len = wcslen(s2);
  if (n > 0) {
    size_t copy = len < n ? len : n - 1;
    wmemcpy(s1, s2, copy);
    s1[copy] = L'\0';
  }
  return len;
}
