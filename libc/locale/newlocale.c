#include <errno.h>
#include <locale_impl.h>

// Locale objects are shared constants, so the result is never a new
// allocation and base is not modified; freeing base stays the caller's
// business only in the sense that freelocale() is a no-op.
locale_t newlocale(int mask, const char *name, locale_t base) {
  if ((mask & ~LC_ALL_MASK) != 0 || name == NULL ||
      base == LC_GLOBAL_LOCALE) {
    errno = EINVAL;
    return NULL;
  }
  unsigned int bits = base != NULL ? base->utf8 : 0;
  if (!__locale_parse(name, mask, &bits)) {
    errno = ENOENT;
    return NULL;
  }
  return locale_from_bits(bits);
}
