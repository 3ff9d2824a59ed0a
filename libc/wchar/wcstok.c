#include <wchar.h>

// Splits s into tokens separated by characters of delim, keeping the
// position in *ptr (C11's three-argument form, so it is reentrant).
wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict delim,
                wchar_t **restrict ptr) {
  if (s == NULL) {
    s = *ptr;
    if (s == NULL)
      return NULL;
  }
  s += wcsspn(s, delim);
  if (*s == L'\0') {
    *ptr = NULL;
    return NULL;
  }
  wchar_t *end = s + wcscspn(s, delim);
  if (*end == L'\0') {
    *ptr = NULL;
  } else {
    *end = L'\0';
    *ptr = end + 1;
  }
  return s;
}
