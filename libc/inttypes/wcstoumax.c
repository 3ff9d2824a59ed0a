#include <inttypes.h>

#include <wchar_narrow.h>

// strtoumax applied to the ASCII text at s (see wchar_narrow.h).
uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict endptr, int base) {
  struct narrow n;
  if (!narrow_begin(&n, s, false)) {
    narrow_fail(&n, endptr);
    return 0;
  }
  char *end;
  uintmax_t value = strtoumax(n.buf, &end, base);
  narrow_end(&n, end, endptr);
  return value;
}
