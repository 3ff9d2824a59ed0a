#include <monetary.h>

ssize_t wcsfmon(wchar_t *restrict s, size_t maxsize,
                const wchar_t *restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  ssize_t r = vwcsfmon(s, maxsize, format, ap);
  va_end(ap);
  return r;
}
