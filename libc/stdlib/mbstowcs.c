#include <stdlib.h>
#include <wchar.h>

// mbsrtowcs from the initial state, without reporting where it stopped.
size_t mbstowcs(wchar_t *restrict dst, const char *restrict src, size_t n) {
  mbstate_t state = {0};
  const char *p = src;
  return mbsrtowcs(dst, &p, n, &state);
}
