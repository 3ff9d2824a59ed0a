#include <locale.h>
#include <time.h>

char *strptime(const char *restrict s, const char *restrict f, struct tm *restrict tm) {
  return strptime_l(s, f, tm, LC_C_LOCALE);
}
