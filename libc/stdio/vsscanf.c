#include "scan_impl.h"

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) {
  struct scan_in in = {.str = (const unsigned char *)s, .last = EOF};
  return __scan_vscanf(&in, fmt, ap);
}
