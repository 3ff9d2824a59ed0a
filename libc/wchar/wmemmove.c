#include <string.h>
#include <wchar.h>

wchar_t *wmemmove(wchar_t *s1, const wchar_t *s2, size_t n) {
  return memmove(s1, s2, n * sizeof(wchar_t));
}
