#include <locale.h>
#include <wchar.h>

wchar_t *wcsptime(const wchar_t *restrict s, const wchar_t *restrict format,
                  struct tm *restrict tm) {
  return wcsptime_l(s, format, tm, LC_C_LOCALE);
}
