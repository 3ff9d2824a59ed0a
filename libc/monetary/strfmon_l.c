#include <monetary.h>

ssize_t strfmon_l(char *restrict s, size_t maxsize, locale_t locale,
                  const char *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  ssize_t r = vstrfmon_l(s, maxsize, locale, format, ap);
  va_end(ap);
  return r;
}
