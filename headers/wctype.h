// <wctype.h>: wide-character classification and case mapping.
//
// Nothing is omitted.
//
// Classification and case mapping cover all of Unicode (the version is
// given by the generator, scripts/gen_unicode_tables.py, currently 15.0.0)
// in every supported locale (see <locale.h>), so the _l variants behave as
// the unsuffixed functions.  The classes:
//   alpha   Unicode Alphabetic, plus decimal digits other than 0-9
//   upper   Uppercase, or has a lowercase mapping (includes titlecase)
//   lower   Lowercase, or has an uppercase mapping (includes titlecase)
//   digit   0-9 only;  xdigit  0-9, A-F, a-f only
//   space   White_Space except the no-break spaces U+00A0, U+2007, U+202F
//   blank   tab and the space separators (Zs) except the no-break spaces
//   cntrl   Cc, U+2028 and U+2029
//   print   assigned, and not Cc, Cs, Zl or Zp
//   graph   print and not space;  punct  graph and not alnum
//   alnum   alpha or digit
// towlower and towupper apply the simple (one-to-one) case mappings.
// WEOF and values outside 0..0x10FFFF belong to no class and map to
// themselves.
#ifndef _WCTYPE_H_
#define _WCTYPE_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#ifndef _WINT_T_DECLARED
#define _WINT_T_DECLARED
typedef __WINT_TYPE__ wint_t;
#endif

#ifndef WEOF
#define WEOF ((wint_t)-1)
#endif

typedef unsigned int wctype_t;
typedef unsigned int wctrans_t;

_CLOUDLIBC_BEGIN

int iswalnum(wint_t);
int iswalnum_l(wint_t, locale_t);
int iswalpha(wint_t);
int iswalpha_l(wint_t, locale_t);
int iswblank(wint_t);
int iswblank_l(wint_t, locale_t);
int iswcntrl(wint_t);
int iswcntrl_l(wint_t, locale_t);
int iswctype(wint_t, wctype_t);
int iswctype_l(wint_t, wctype_t, locale_t);
int iswdigit(wint_t);
int iswdigit_l(wint_t, locale_t);
int iswgraph(wint_t);
int iswgraph_l(wint_t, locale_t);
int iswlower(wint_t);
int iswlower_l(wint_t, locale_t);
int iswprint(wint_t);
int iswprint_l(wint_t, locale_t);
int iswpunct(wint_t);
int iswpunct_l(wint_t, locale_t);
int iswspace(wint_t);
int iswspace_l(wint_t, locale_t);
int iswupper(wint_t);
int iswupper_l(wint_t, locale_t);
int iswxdigit(wint_t);
int iswxdigit_l(wint_t, locale_t);
wint_t towctrans(wint_t, wctrans_t);
wint_t towctrans_l(wint_t, wctrans_t, locale_t);
wint_t towlower(wint_t);
wint_t towlower_l(wint_t, locale_t);
wint_t towupper(wint_t);
wint_t towupper_l(wint_t, locale_t);
wctrans_t wctrans(const char *);
wctrans_t wctrans_l(const char *, locale_t);
wctype_t wctype(const char *);
wctype_t wctype_l(const char *, locale_t);

_CLOUDLIBC_END

#endif
