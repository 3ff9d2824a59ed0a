#include <locale.h>
#include <monetary.h>

ssize_t vwcsfmon(wchar_t *restrict s, size_t maxsize,
                 const wchar_t *restrict format, va_list ap) {
  return vwcsfmon_l(s, maxsize, LC_C_LOCALE, format, ap);
}
