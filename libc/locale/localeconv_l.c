#include <locale.h>

// All supported locales use the C conventions.
struct lconv *localeconv_l(locale_t locale) {
  return localeconv();
}
