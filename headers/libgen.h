// <libgen.h>: path name components.
//
// basename and dirname follow POSIX: they may modify their argument (to
// drop trailing slashes) and return either a pointer into it or a pointer
// to a constant string ("." or "/").  They keep no state, so unlike some
// implementations they are thread-safe.
//
// Nothing standard is omitted.
#ifndef _LIBGEN_H_
#define _LIBGEN_H_

#include <_/types.h>

_CLOUDLIBC_BEGIN

char *basename(char *);
char *dirname(char *);

_CLOUDLIBC_END

#endif
