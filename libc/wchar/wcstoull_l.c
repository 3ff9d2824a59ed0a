#include <wchar.h>

// Integers are written the same way in every supported locale.
unsigned long long wcstoull_l(const wchar_t *restrict s, wchar_t **restrict end,
                              int base, locale_t locale) {
  return wcstoull(s, end, base);
}
