// <libintl.h>: message translation.
//
// There are no message catalogs: every function returns the message it
// was given (for the n variants, the singular form when n is 1 and the
// plural form otherwise, the English rule), which is what GNU gettext does
// when no catalog is found.  Programs using gettext therefore run
// untranslated.
//
// Omitted, and why:
//   textdomain, bindtextdomain, bind_textdomain_codeset: they set a
//   process-wide text domain (global-state); the domain arguments of the
//   d* functions are accepted and ignored.
#ifndef _LIBINTL_H_
#define _LIBINTL_H_

#include <_/types.h>

_CLOUDLIBC_BEGIN

char *dcgettext(const char *, const char *, int);
char *dcngettext(const char *, const char *, const char *, unsigned long, int);
char *dgettext(const char *, const char *);
char *dngettext(const char *, const char *, const char *, unsigned long);
char *gettext(const char *);
char *ngettext(const char *, const char *, unsigned long);

_CLOUDLIBC_END

#endif
