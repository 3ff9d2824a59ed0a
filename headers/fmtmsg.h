// <fmtmsg.h>: formatted diagnostic messages.
//
// fmtmsg writes to standard error (when the program was granted one, see
// <stdio.h>) as "label: SEVERITY: text" and, on a second line,
// "TO FIX: action tag", leaving out null components.  There is no system
// console: MM_CONSOLE alone yields MM_NOCON, and with MM_PRINT the result
// is MM_NOCON if printing succeeded.  The MSGVERB and SEV_LEVEL environment
// variables do not exist here (no-environ): every component is printed.
//
// Nothing standard is omitted.
#ifndef _FMTMSG_H_
#define _FMTMSG_H_

#include <_/types.h>

// Classification: source, kind and display.
#define MM_HARD 0x001
#define MM_SOFT 0x002
#define MM_FIRM 0x004
#define MM_APPL 0x008
#define MM_UTIL 0x010
#define MM_OPSYS 0x020
#define MM_RECOVER 0x040
#define MM_NRECOV 0x080
#define MM_PRINT 0x100
#define MM_CONSOLE 0x200
#define MM_NULLMC 0L

// Severity.
#define MM_NOSEV 0
#define MM_HALT 1
#define MM_ERROR 2
#define MM_WARNING 3
#define MM_INFO 4
#define MM_NULLSEV 0

#define MM_NULLLBL ((char *)0)
#define MM_NULLTXT ((char *)0)
#define MM_NULLACT ((char *)0)
#define MM_NULLTAG ((char *)0)

// Results.
#define MM_OK 0
#define MM_NOTOK (-1)
#define MM_NOMSG 1
#define MM_NOCON 4

_CLOUDLIBC_BEGIN

int fmtmsg(long, const char *, int, const char *, const char *, const char *);

_CLOUDLIBC_END

#endif
