#include <monetary.h>

ssize_t strfmon(char *restrict s, size_t maxsize, const char *restrict format,
                ...) {
  va_list ap;
  va_start(ap, format);
  ssize_t r = vstrfmon(s, maxsize, format, ap);
  va_end(ap);
  return r;
}
