#include <wchar_narrow.h>

// strtod applied to the ASCII text at s (see wchar_narrow.h).
double wcstod(const wchar_t *restrict s, wchar_t **restrict endptr) {
  struct narrow n;
  if (!narrow_begin(&n, s, true)) {
    narrow_fail(&n, endptr);
    return 0;
  }
  char *end;
  double value = strtod(n.buf, &end);
  narrow_end(&n, end, endptr);
  return value;
}
