#include <wchar.h>

// Every supported locale uses "." as the radix character.
double wcstod_l(const wchar_t *restrict s, wchar_t **restrict end,
                locale_t locale) {
  return wcstod(s, end);
}
