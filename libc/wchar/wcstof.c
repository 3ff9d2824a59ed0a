#include <wchar_narrow.h>

// strtof applied to the ASCII text at s (see wchar_narrow.h).
float wcstof(const wchar_t *restrict s, wchar_t **restrict endptr) {
  struct narrow n;
  if (!narrow_begin(&n, s, true)) {
    narrow_fail(&n, endptr);
    return 0;
  }
  char *end;
  float value = strtof(n.buf, &end);
  narrow_end(&n, end, endptr);
  return value;
}
