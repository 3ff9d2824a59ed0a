// <program.h>: the CloudABI program entry point and process identity.
//
// A CloudABI program starts with no ambient authority.  Everything it may
// use arrives as one argdata tree (see <argdata.h>), whose descriptors are
// the program's only capabilities.
//
// Entry: a native program defines
//     _Noreturn void program_main(const argdata_t *ad);
// and ends with exit().  A conventional program defines main() instead;
// the libc's own program_main then reads a map from the argdata:
//     args:   sequence of strings, becomes argv[1..]
//     argv0:  string, becomes argv[0] (default "")
//     env:    map of strings to strings, seen through getenv() and environ
//     stdin, stdout, stderr: descriptors bound to the standard streams
// Streams that are not granted do not exist: they fail with EBADF and never
// write anywhere else.  exit(main(argc, argv)) follows.
#ifndef _PROGRAM_H_
#define _PROGRAM_H_

#include <_/types.h>

typedef struct argdata_t argdata_t;

_CLOUDLIBC_BEGIN
_CLOUDLIBC_NORETURN void program_main(const argdata_t *);
void program_get_raw_argdata(const void **, size_t *);
// Process identity: a version 4 UUID string, 36 characters, lowercase.
const char *program_getpid(void);
int program_exec(int, const argdata_t *);
_CLOUDLIBC_END

#endif
