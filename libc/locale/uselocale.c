#include <errno.h>
#include <locale_impl.h>

// Sets the calling thread's locale.  Returns the previous one, which is
// LC_GLOBAL_LOCALE while the thread follows the global locale.
locale_t uselocale(locale_t locale) {
  locale_t old = __locale_thread;
  if (old == NULL)
    old = LC_GLOBAL_LOCALE;
  if (locale == LC_GLOBAL_LOCALE)
    __locale_thread = NULL;
  else if (locale != NULL)
    __locale_thread = locale;
  return old;
}
