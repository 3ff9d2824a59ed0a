#include <locale.h>
#include <monetary.h>

ssize_t vstrfmon(char *restrict s, size_t maxsize,
                 const char *restrict format, va_list ap) {
  return vstrfmon_l(s, maxsize, LC_C_LOCALE, format, ap);
}
