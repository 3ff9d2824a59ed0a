// <fcntl.h>: opening files beneath a directory descriptor, descriptor flags.
//
// Omitted, and why:
//   open, creat: paths are resolved only beneath a directory descriptor
//     that the program holds; use openat() (global-fs).
//   AT_FDCWD: there is no working directory (no-cwd).
//   F_GETLK, F_SETLK, F_SETLKW, F_RDLCK, F_UNLCK, F_WRLCK, struct flock:
//     no advisory file locks (no-locking).
//   F_GETOWN, F_SETOWN: no signals (no-signals).
//   O_TTY_INIT: no terminals (no-tty).
//
// Capabilities instead of permissions:
//   openat() turns the access mode into CloudABI rights.  The new descriptor
//   asks for every right that fits the access mode, intersected with the
//   rights the directory passes on (its inheriting rights), so opening
//   works beneath restricted directories and yields a descriptor that can
//   do no more than its directory allows.  If the directory cannot pass on
//   the rights the access mode needs at all (e.g. O_WRONLY beneath a
//   read-only directory), openat() fails with ENOTCAPABLE before touching
//   the filesystem.  The mode argument of O_CREAT is accepted and ignored:
//   there are no permission bits.
//   O_RDONLY is not zero: the access mode must be one of O_RDONLY,
//   O_WRONLY, O_RDWR, O_EXEC or O_SEARCH, anything else is EINVAL.
//   O_CLOEXEC and O_NOCTTY are accepted and have no effect: descriptors
//   never survive program_exec() unless passed explicitly, and there are no
//   terminals.
//
// fcntl():
//   F_GETFD always reports FD_CLOEXEC (see above); F_SETFD accepts any
//   value and changes nothing.
//   F_GETFL reports O_APPEND, O_NONBLOCK, O_SYNC, O_DSYNC, O_RSYNC and an
//   access mode derived from the descriptor's rights: O_RDWR, O_RDONLY or
//   O_WRONLY by its read/write rights; without either, O_SEARCH for a
//   directory and O_EXEC for anything else.
//   F_SETFL changes O_APPEND and O_NONBLOCK; other bits are ignored.
//   F_DUPFD and F_DUPFD_CLOEXEC (extensions here): CloudABI cannot ask
//   for a particular descriptor number, so the promise "the lowest free
//   number >= arg" cannot be kept.  The result is >= arg: the descriptor
//   is duplicated until a number >= arg comes up (the copies in between are
//   closed again).  It is the lowest such number only when the system
//   allocates numbers lowest-first.  arg >= OPEN_MAX (see sysconf) is EINVAL.
//
// posix_fadvise() and posix_fallocate() return an error number; they need
// the FILE_ADVISE and FILE_ALLOCATE rights.
#ifndef _FCNTL_H_
#define _FCNTL_H_

#include <_/posix_types.h>

#ifndef _MODE_T_DECLARED
#define _MODE_T_DECLARED
typedef __mode_t mode_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif

// Access modes.
#define O_RDONLY 0x0001
#define O_WRONLY 0x0002
#define O_RDWR (O_RDONLY | O_WRONLY)
#define O_EXEC 0x0004
#define O_SEARCH 0x0008
#define O_ACCMODE 0x000f

// Creation and status flags.
#define O_APPEND 0x0010
#define O_CREAT 0x0020
#define O_DIRECTORY 0x0040
#define O_EXCL 0x0080
#define O_NOFOLLOW 0x0100
#define O_NONBLOCK 0x0200
#define O_NDELAY O_NONBLOCK
#define O_SYNC 0x0400
#define O_DSYNC 0x0800
#define O_RSYNC 0x1000
#define O_TRUNC 0x2000
#define O_CLOEXEC 0x4000
#define O_NOCTTY 0x8000

// *at() flags.
#define AT_EACCESS 0x0001
#define AT_SYMLINK_NOFOLLOW 0x0002
#define AT_SYMLINK_FOLLOW 0x0004
#define AT_REMOVEDIR 0x0008

// fcntl() commands and descriptor flags.
#define F_DUPFD 1
#define F_DUPFD_CLOEXEC 2
#define F_GETFD 3
#define F_SETFD 4
#define F_GETFL 5
#define F_SETFL 6
#define FD_CLOEXEC 1

// posix_fadvise() advice: the values of CloudABI's advice type.
#define POSIX_FADV_DONTNEED 1
#define POSIX_FADV_NOREUSE 2
#define POSIX_FADV_NORMAL 3
#define POSIX_FADV_RANDOM 4
#define POSIX_FADV_SEQUENTIAL 5
#define POSIX_FADV_WILLNEED 6

_CLOUDLIBC_BEGIN
int fcntl(int, int, ...);
int openat(int, const char *, int, ...);
int posix_fadvise(int, off_t, off_t, int);
int posix_fallocate(int, off_t, off_t);
_CLOUDLIBC_END

#endif
