#include <errno.h>
#include <locale_impl.h>

// Locale objects are immutable, so a duplicate is the object itself.
// duplocale(LC_GLOBAL_LOCALE) gives the current global locale.
locale_t duplocale(locale_t locale) {
  if (locale == LC_GLOBAL_LOCALE)
    return __locale_global;
  if (locale == NULL) {
    errno = EINVAL;
    return NULL;
  }
  return locale;
}
