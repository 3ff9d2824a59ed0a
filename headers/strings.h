// <strings.h>: case-insensitive comparison and bit scanning.
//
// Omitted, and why:
//   bcmp, bcopy, bzero, index, rindex: removed from POSIX (2008); use memcmp,
//     memmove, memset (or explicit_bzero), strchr and strrchr.
//
// The C/POSIX and C.UTF-8 locales fold case for ASCII letters only, so
// strcasecmp_l and strncasecmp_l currently ignore their locale argument.
#ifndef _STRINGS_H_
#define _STRINGS_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

_CLOUDLIBC_BEGIN

int ffs(int);
int ffsl(long);
int ffsll(long long);
int strcasecmp(const char *, const char *);
int strcasecmp_l(const char *, const char *, locale_t);
int strncasecmp(const char *, const char *, size_t);
int strncasecmp_l(const char *, const char *, size_t, locale_t);

_CLOUDLIBC_END

#endif
