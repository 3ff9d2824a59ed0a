#include <time.h>
#include <wchar.h>

// Both locales format dates with the C conventions (see <time.h>).
size_t wcsftime_l(wchar_t *restrict s, size_t maxsize, const wchar_t *restrict format,
                  const struct tm *restrict tm, locale_t locale) {
  (void)locale;
  return wcsftime(s, maxsize, format, tm);
}
