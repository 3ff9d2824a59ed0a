// <locale.h>: locales.
//
// Locales supported: "C" (alias "POSIX") and "C.UTF-8" (the codeset
// spelt in any case, with or without '-', as in "C.utf8").
// Both use UTF-8 as the multibyte encoding, full Unicode character classes
// and case mappings for wide characters, and the C conventions for
// numbers, money, dates, collation (code point order) and messages; they
// differ only in their names.  (The C locale being UTF-8, like musl's,
// means wide-character I/O works without calling setlocale first.  It
// deviates from POSIX.1-2024, which wants the POSIX locale to be a
// single-byte encoding.)  The empty name "" selects "C.UTF-8"; there is no
// locale database, so the environment is not consulted.
//
// Extensions: localeconv_l; LC_C_LOCALE and LC_C_UNICODE_LOCALE, handles of
// the "C" and "C.UTF-8" locale objects that never need freeing (as in
// cloudlibc and NetBSD).  newlocale, duplocale and freelocale never
// allocate: locale objects are immutable and shared, so newlocale cannot
// fail with ENOMEM.
//
// Nothing standard is omitted.  setlocale changes the process-wide locale
// and uselocale the calling thread's, as in POSIX.
#ifndef _LOCALE_H_
#define _LOCALE_H_

#include <_/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#define LC_COLLATE 0
#define LC_CTYPE 1
#define LC_MESSAGES 2
#define LC_MONETARY 3
#define LC_NUMERIC 4
#define LC_TIME 5
#define LC_ALL 6

#define LC_COLLATE_MASK (1 << LC_COLLATE)
#define LC_CTYPE_MASK (1 << LC_CTYPE)
#define LC_MESSAGES_MASK (1 << LC_MESSAGES)
#define LC_MONETARY_MASK (1 << LC_MONETARY)
#define LC_NUMERIC_MASK (1 << LC_NUMERIC)
#define LC_TIME_MASK (1 << LC_TIME)
#define LC_ALL_MASK                                                    \
  (LC_COLLATE_MASK | LC_CTYPE_MASK | LC_MESSAGES_MASK | LC_MONETARY_MASK | \
   LC_NUMERIC_MASK | LC_TIME_MASK)

#define LC_GLOBAL_LOCALE ((locale_t)-1)

struct lconv {
  char *decimal_point;
  char *thousands_sep;
  char *grouping;
  char *int_curr_symbol;
  char *currency_symbol;
  char *mon_decimal_point;
  char *mon_thousands_sep;
  char *mon_grouping;
  char *positive_sign;
  char *negative_sign;
  char int_frac_digits;
  char frac_digits;
  char p_cs_precedes;
  char p_sep_by_space;
  char n_cs_precedes;
  char n_sep_by_space;
  char p_sign_posn;
  char n_sign_posn;
  char int_p_cs_precedes;
  char int_p_sep_by_space;
  char int_n_cs_precedes;
  char int_n_sep_by_space;
  char int_p_sign_posn;
  char int_n_sign_posn;
};

_CLOUDLIBC_BEGIN

extern const struct __locale __locale_c;
extern const struct __locale __locale_c_utf8;
#define LC_C_LOCALE ((locale_t)&__locale_c)
#define LC_C_UNICODE_LOCALE ((locale_t)&__locale_c_utf8)

locale_t duplocale(locale_t);
void freelocale(locale_t);
struct lconv *localeconv(void);
struct lconv *localeconv_l(locale_t);
locale_t newlocale(int, const char *, locale_t);
char *setlocale(int, const char *);
locale_t uselocale(locale_t);

_CLOUDLIBC_END

#endif
