#include <string.h>
#include <wchar.h>

wchar_t *wmemcpy(wchar_t *restrict s1, const wchar_t *restrict s2, size_t n) {
  return memcpy(s1, s2, n * sizeof(wchar_t));
}
