#include "scan_impl.h"

int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap) {
  struct scan_wide w = {.str = s};
  struct scan_in in = {.wide = &w, .last = EOF};
  return __scan_vwscanf(&in, fmt, ap);
}
