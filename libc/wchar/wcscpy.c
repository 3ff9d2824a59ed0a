#include <wchar.h>

// Copies s2, including its terminator, to s1.
wchar_t *wcscpy(wchar_t *restrict s1, const wchar_t *restrict s2) {
  wchar_t *d = s1;
  while ((*d++ = *s2++) != L'\0')
    ;
  return s1;
}
