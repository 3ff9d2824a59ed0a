// <fnmatch.h>: file name pattern matching.
//
// Patterns and names are UTF-8 strings: '?' and bracket expressions match
// one character, bracket ranges compare code points and [:class:] uses
// <wctype.h>.  Matching runs in O(pattern * name) time.  Where glibc and
// musl differ, this follows glibc (checked on random patterns): a backslash
// escapes inside brackets too, and an escaped period ("\.") is an explicit
// period for FNM_PERIOD.  A trailing backslash matches a backslash (glibc
// reports no match, musl matches).
//
// Extensions: FNM_CASEFOLD (case-insensitive), FNM_LEADING_DIR (the
// pattern may match a leading part of the name that ends before a '/'),
// fnmatch_l (every locale is UTF-8, so it matches like fnmatch).
//
// Nothing standard is omitted.
#ifndef _FNMATCH_H_
#define _FNMATCH_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#define FNM_NOMATCH 1

#define FNM_NOESCAPE 0x1
#define FNM_PATHNAME 0x2
#define FNM_PERIOD 0x4
#define FNM_CASEFOLD 0x8
#define FNM_LEADING_DIR 0x10
#define FNM_FILE_NAME FNM_PATHNAME
#define FNM_IGNORECASE FNM_CASEFOLD

_CLOUDLIBC_BEGIN

int fnmatch(const char *, const char *, int);
int fnmatch_l(const char *, const char *, int, locale_t);

_CLOUDLIBC_END

#endif
