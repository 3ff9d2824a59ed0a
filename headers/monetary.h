// <monetary.h>: monetary formatting.
//
// Every locale uses the C conventions for money (see <locale.h>): no
// currency symbol, no digit grouping, '.' as the radix character, two
// fractional digits unless a right precision is given, and a leading '-'
// (or parentheses with the '(' flag) for negative values.  All flags,
// field widths and left and right precisions of POSIX strfmon are
// supported; with a left precision, positive values get a space where the
// sign of a negative value goes, so columns line up.
//
// Extensions: vstrfmon and vstrfmon_l (va_list forms); wcsfmon,
// wcsfmon_l, vwcsfmon and vwcsfmon_l (wide-character format and output).
//
// Nothing standard is omitted.
#ifndef _MONETARY_H_
#define _MONETARY_H_

#include <_/types.h>
#include <stdarg.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif

_CLOUDLIBC_BEGIN

ssize_t strfmon(char *_CLOUDLIBC_RESTRICT, size_t,
                const char *_CLOUDLIBC_RESTRICT, ...);
ssize_t strfmon_l(char *_CLOUDLIBC_RESTRICT, size_t, locale_t,
                  const char *_CLOUDLIBC_RESTRICT, ...);
ssize_t vstrfmon(char *_CLOUDLIBC_RESTRICT, size_t,
                 const char *_CLOUDLIBC_RESTRICT, va_list);
ssize_t vstrfmon_l(char *_CLOUDLIBC_RESTRICT, size_t, locale_t,
                   const char *_CLOUDLIBC_RESTRICT, va_list);
ssize_t wcsfmon(wchar_t *_CLOUDLIBC_RESTRICT, size_t,
                const wchar_t *_CLOUDLIBC_RESTRICT, ...);
ssize_t wcsfmon_l(wchar_t *_CLOUDLIBC_RESTRICT, size_t, locale_t,
                  const wchar_t *_CLOUDLIBC_RESTRICT, ...);
ssize_t vwcsfmon(wchar_t *_CLOUDLIBC_RESTRICT, size_t,
                 const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
ssize_t vwcsfmon_l(wchar_t *_CLOUDLIBC_RESTRICT, size_t, locale_t,
                   const wchar_t *_CLOUDLIBC_RESTRICT, va_list);

_CLOUDLIBC_END

#endif
