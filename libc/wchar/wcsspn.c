#include <wchar.h>

// The length of the initial part of s made of characters in set.
size_t wcsspn(const wchar_t *s, const wchar_t *set) {
  const wchar_t *p = s;
  for (; *p != L'\0'; ++p) {
    const wchar_t *q = set;
    while (*q != L'\0' && *q != *p)
      ++q;
    if (*q == L'\0')
      break;
  }
  return (size_t)(p - s);
}
