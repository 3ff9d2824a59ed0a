// Internal: locale objects.
//
// Every supported locale category is either "C" or "C.UTF-8", and the two
// behave identically (UTF-8, Unicode classes, C conventions), so a locale
// is fully described by which of its six categories carry the name
// "C.UTF-8".  There are 64 such locales; each is a constant object, so
// newlocale/duplocale never allocate and freelocale has nothing to free.
#ifndef LIBC_INTERNAL_LOCALE_IMPL_H
#define LIBC_INTERNAL_LOCALE_IMPL_H

#include <locale.h>
#include <stdbool.h>
#include <stddef.h>

#define LOCALE_CATEGORIES 6  // LC_COLLATE .. LC_TIME

struct __locale {
  unsigned char utf8;  // bit c set: category c is named "C.UTF-8"
};

// __locales[b] has utf8 == b, except that b == 0 and b == LC_ALL_MASK use
// the public objects __locale_c and __locale_c_utf8 (locale_from_bits).
extern const struct __locale __locales[1 << LOCALE_CATEGORIES];

// The locale set by setlocale() (never NULL or LC_GLOBAL_LOCALE) and the
// calling thread's locale set by uselocale() (NULL: the global one).
extern locale_t __locale_global;
extern _Thread_local locale_t __locale_thread;

static inline locale_t locale_from_bits(unsigned int bits) {
  if (bits == 0)
    return (locale_t)&__locale_c;
  if (bits == LC_ALL_MASK)
    return (locale_t)&__locale_c_utf8;
  return (locale_t)&__locales[bits];
}

static inline locale_t locale_current(void) {
  locale_t l = __locale_thread;
  return l != NULL ? l : __locale_global;
}

static inline const char *locale_category_name(locale_t l, int category) {
  return (l->utf8 >> category) & 1 ? "C.UTF-8" : "C";
}

// Names of the categories as used in composite LC_ALL strings, indexed by
// LC_COLLATE .. LC_TIME.
extern const char *const __locale_category_names[LOCALE_CATEGORIES];

// Parses a locale name for the categories in mask.  Accepts "C", "POSIX",
// "C.UTF-8" (also spelt "C.utf8", "C.UTF8", ...), "" (C.UTF-8) and, when
// all categories are asked for,
// the composite form "LC_COLLATE=C;LC_CTYPE=C.UTF-8;..." that setlocale
// returns for mixed locales.  On success, replaces the bits of *bits for the
// categories in mask and returns true.
bool __locale_parse(const char *name, int mask, unsigned int *bits);

#endif
