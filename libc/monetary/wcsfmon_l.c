#include <monetary.h>

ssize_t wcsfmon_l(wchar_t *restrict s, size_t maxsize, locale_t locale,
                  const wchar_t *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  ssize_t r = vwcsfmon_l(s, maxsize, locale, format, ap);
  va_end(ap);
  return r;
}
