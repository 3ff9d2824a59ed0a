#include <locale.h>
#include <time.h>

size_t strftime(char *restrict s, size_t n, const char *restrict f,
                const struct tm *restrict tm) {
  return strftime_l(s, n, f, tm, LC_C_LOCALE);
}
