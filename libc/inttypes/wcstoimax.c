#include <inttypes.h>

#include <wchar_narrow.h>

// strtoimax applied to the ASCII text at s (see wchar_narrow.h).
intmax_t wcstoimax(const wchar_t *restrict s, wchar_t **restrict endptr, int base) {
  struct narrow n;
  if (!narrow_begin(&n, s, false)) {
    narrow_fail(&n, endptr);
    return 0;
  }
  char *end;
  intmax_t value = strtoimax(n.buf, &end, base);
  narrow_end(&n, end, endptr);
  return value;
}
