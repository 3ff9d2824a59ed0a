#include <locale_impl.h>

// Locale objects are constants shared by all users (see newlocale), so
// there is nothing to release.
void freelocale(locale_t locale) {
}
