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

// Starting other programs (there is no fork, execve or posix_spawn, and no
// process namespace: a child is known only by its process descriptor).
//
// program_exec(fd, ad): replaces the running program with the executable
//   open on fd (which needs the PROC_EXEC right), passing it ad.  Only the
//   descriptors that ad names survive, renumbered 0, 1, ... in order of
//   first appearance (ad's fd values are rewritten to match).  Returns only
//   on failure, with an errno value (not -1): EBADF for a regular file
//   without PROC_EXEC, EACCES for something else that cannot be executed,
//   ENOMEM, or what the system reports (ENOEXEC, ...).
// program_spawn(fd, ad, &procfd): starts fd as a new process with ad, like
//   a fork followed by program_exec in the child.  Returns 0 and the
//   child's process descriptor in *procfd once the exec has succeeded, or
//   an errno value: a failed exec is reported here, synchronously (over a
//   private socket pair), not as an exit status.  Closing the process
//   descriptor kills the child if it is still running.  This replaces
//   cloudlibc's libuv-based program_spawn.
// program_wait(procfd, &exit_code, &signal): waits until the process has
//   terminated and stores its exit code (0 when it was killed) and the
//   CloudABI signal that killed it (0 when it exited); either pointer may
//   be NULL.  Returns 0 or an errno value (EBADF, ENOTCAPABLE without the
//   POLL_PROC_TERMINATE right).  It does not close procfd, and may be
//   called again for the same process.  A process descriptor can also be
//   waited for in a CloudABI poll (PROC_TERMINATE).
_CLOUDLIBC_BEGIN
int program_spawn(int, const argdata_t *, int *);
int program_wait(int, int *, int *);
_CLOUDLIBC_END

#endif
