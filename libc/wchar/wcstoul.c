#include <wchar_narrow.h>

// strtoul applied to the ASCII text at s (see wchar_narrow.h).
unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict endptr,
                      int base) {
  struct narrow n;
  if (!narrow_begin(&n, s, false)) {
    narrow_fail(&n, endptr);
    return 0;
  }
  char *end;
  unsigned long value = strtoul(n.buf, &end, base);
  narrow_end(&n, end, endptr);
  return value;
}
