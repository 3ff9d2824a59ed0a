#include <unicode_ctype.h>
#include <wchar.h>

// Compares after the simple lowercase mapping of each character.
int wcscasecmp(const wchar_t *s1, const wchar_t *s2) {
  for (;; ++s1, ++s2) {
    wint_t a = unicode_tolower(*s1), b = unicode_tolower(*s2);
    if (a != b)
      return a < b ? -1 : 1;
    if (a == L'\0')
      return 0;
  }
}
