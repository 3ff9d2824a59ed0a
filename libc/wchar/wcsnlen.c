#include <wchar.h>

// The length of s, looking at no more than maxlen characters.
size_t wcsnlen(const wchar_t *s, size_t maxlen) {
  size_t n = 0;
  while (n < maxlen && s[n] != L'\0')
    ++n;
  return n;
}
