#include <stdlib.h>
#include <wchar.h>

// wcsrtombs from the initial state, without reporting where it stopped.
size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t n) {
  mbstate_t state = {0};
  const wchar_t *p = src;
  return wcsrtombs(dst, &p, n, &state);
}
