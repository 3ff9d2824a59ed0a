#include <unicode_ctype.h>
#include <wchar.h>

// Compares at most n characters after the simple lowercase mapping.
int wcsncasecmp(const wchar_t *s1, const wchar_t *s2, size_t n) {
  for (; n > 0; --n, ++s1, ++s2) {
    wint_t a = unicode_tolower(*s1), b = unicode_tolower(*s2);
    if (a != b)
      return a < b ? -1 : 1;
    if (a == L'\0')
      break;
  }
  return 0;
}
