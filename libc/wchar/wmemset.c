#include <wchar.h>

// Stores c into n wide characters (a loop the compiler vectorizes).
wchar_t *wmemset(wchar_t *s, wchar_t c, size_t n) {
  for (size_t i = 0; i < n; ++i)
    s[i] = c;
  return s;
}
