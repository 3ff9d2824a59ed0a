#include <unicode_tables.h>
#include <wchar.h>

// The sum of wcwidth over at most n characters of s, or -1 if one of them
// is not printable.
int wcswidth(const wchar_t *s, size_t n) {
  int total = 0;
  for (; n > 0 && *s != L'\0'; --n, ++s) {
    int w = unicode_lookup((uint32_t)*s)->width;
    if (w < 0)
      return -1;
    total += w;
  }
  return total;
}
