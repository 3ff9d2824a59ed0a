// <ctype.h>: character classification and case mapping.
//
// Nothing is omitted.  isascii and toascii (obsolescent XSI) are provided
// because ported code still uses them.
//
// The unsuffixed functions behave as in the C locale.  The supported locales
// (C, POSIX and C.UTF-8) all treat single bytes as ASCII: bytes 0x80-0xff
// belong to no class and have no case.  The _l variants therefore ignore
// their locale argument for now.
#ifndef _CTYPE_H_
#define _CTYPE_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

_CLOUDLIBC_BEGIN

int isalnum(int);
int isalnum_l(int, locale_t);
int isalpha(int);
int isalpha_l(int, locale_t);
int isascii(int);
int isblank(int);
int isblank_l(int, locale_t);
int iscntrl(int);
int iscntrl_l(int, locale_t);
int isdigit(int);
int isdigit_l(int, locale_t);
int isgraph(int);
int isgraph_l(int, locale_t);
int islower(int);
int islower_l(int, locale_t);
int isprint(int);
int isprint_l(int, locale_t);
int ispunct(int);
int ispunct_l(int, locale_t);
int isspace(int);
int isspace_l(int, locale_t);
int isupper(int);
int isupper_l(int, locale_t);
int isxdigit(int);
int isxdigit_l(int, locale_t);
int toascii(int);
int tolower(int);
int tolower_l(int, locale_t);
int toupper(int);
int toupper_l(int, locale_t);

_CLOUDLIBC_END

#endif
