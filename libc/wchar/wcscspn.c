#include <wchar.h>

// The length of the initial part of s made of characters not in set.
size_t wcscspn(const wchar_t *s, const wchar_t *set) {
  const wchar_t *p = s;
  for (; *p != L'\0'; ++p) {
    for (const wchar_t *q = set; *q != L'\0'; ++q)
      if (*q == *p)
        return (size_t)(p - s);
  }
  return (size_t)(p - s);
}
