#include <wchar.h>

int dwprintf(int fd, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vdwprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}
