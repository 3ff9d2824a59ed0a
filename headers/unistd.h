// <unistd.h>: POSIX descriptor operations, on capabilities.
//
// Omitted, and why:
//   access, chdir, chown, getcwd, link, readlink, rmdir, symlink, truncate,
//   unlink, chroot, pathconf: need the global filesystem or a working
//   directory; the *at() functions relative to a directory fd remain.
//   execv, execve, execvp, fork, getpid, getppid, getpgid, setsid, setpgid,
//   kill-related calls: no process namespace (see <program.h> for
//   program_exec and program_getpid).
//   getuid, geteuid, getgid, getegid, setuid, setgid, getgroups, getlogin:
//   no users or groups.
//   STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO: descriptors 0, 1 and 2
//   carry no special meaning; the standard streams come from argdata.
//   alarm, pause, tcgetpgrp, ttyname, gethostname, gethostid, nice:
//   no signals, terminals, host information or scheduler control.
#ifndef _UNISTD_H_
#define _UNISTD_H_

#include <_/types.h>

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

_CLOUDLIBC_BEGIN
int close(int);
ssize_t read(int, void *, size_t);
ssize_t write(int, const void *, size_t);
ssize_t pread(int, void *, size_t, off_t);
ssize_t pwrite(int, const void *, size_t, off_t);
off_t lseek(int, off_t, int);
int dup(int);
int dup2(int, int);
int fsync(int);
int fdatasync(int);
int ftruncate(int, off_t);
int isatty(int);
int getpagesize(void);
long sysconf(int);
unsigned sleep(unsigned);
int usleep(unsigned);
int pipe(int[2]);
int faccessat(int, const char *, int, int);
int linkat(int, const char *, int, const char *, int);
ssize_t readlinkat(int, const char *_CLOUDLIBC_RESTRICT, char *_CLOUDLIBC_RESTRICT, size_t);
int symlinkat(const char *, int, const char *);
int unlinkat(int, const char *, int);
_CLOUDLIBC_END

#endif
