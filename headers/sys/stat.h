// <sys/stat.h>: file status, directories and timestamps, relative to
// directory descriptors.
//
// Omitted, and why:
//   stat, lstat, chmod, mkdir, mkfifo: paths are resolved only beneath a
//     directory descriptor; use fstatat() and mkdirat() (global-fs).
//   fchmod, fchmodat, umask, uid_t, gid_t, st_uid, st_gid: there are no
//     users, groups or permission bits (no-users).
//   mkfifoat: only anonymous pipes exist (anon-only).
//   mknod, mknodat, st_rdev: device nodes cannot be created or inspected
//     (no-devices).
//   st_blksize, st_blocks, blksize_t, blkcnt_t: no filesystem statistics
//     (no-fs-stats).
//
// What st_mode holds: CloudABI has no permission bits, so st_mode carries
// only the file type (S_IFMT bits); the permission bits are always zero.
// Whether a descriptor may read, write or search is a matter of its rights
// (see faccessat() in <unistd.h>).  Sockets, including pipe() ends, are
// S_IFSOCK (CloudABI has no FIFO type).  Shared memory objects and process
// descriptors have no S_IFMT value; S_TYPEISSHM() recognises the former.
// The private member __st_filetype holds the CloudABI file type.
//
// mkdirat() ignores its mode argument.  utimensat() and futimens() accept
// UTIME_NOW and UTIME_OMIT in tv_nsec.
#ifndef _SYS_STAT_H_
#define _SYS_STAT_H_

#include <_/posix_types.h>
#include <_/struct_timespec.h>

#ifndef _DEV_T_DECLARED
#define _DEV_T_DECLARED
typedef __dev_t dev_t;
#endif
#ifndef _INO_T_DECLARED
#define _INO_T_DECLARED
typedef __ino_t ino_t;
#endif
#ifndef _MODE_T_DECLARED
#define _MODE_T_DECLARED
typedef __mode_t mode_t;
#endif
#ifndef _NLINK_T_DECLARED
#define _NLINK_T_DECLARED
typedef __nlink_t nlink_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif

struct stat {
  dev_t st_dev;
  ino_t st_ino;
  mode_t st_mode;
  nlink_t st_nlink;
  off_t st_size;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
  unsigned char __st_filetype;
};

#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_IFMT 0170000
#define S_IFIFO 0010000
#define S_IFCHR 0020000
#define S_IFDIR 0040000
#define S_IFBLK 0060000
#define S_IFREG 0100000
#define S_IFLNK 0120000
#define S_IFSOCK 0140000

#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)

// Message queues and semaphores are never files; shared memory objects are
// recognised by their CloudABI file type (CLOUDABI_FILETYPE_SHARED_MEMORY).
#define S_TYPEISMQ(buf) ((void)(buf), 0)
#define S_TYPEISSEM(buf) ((void)(buf), 0)
#define S_TYPEISSHM(buf) ((buf)->__st_filetype == 0x70)

// Permission bits: defined so that code passing modes compiles; they are
// never reported and have no effect.
#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 070
#define S_IRGRP 040
#define S_IWGRP 020
#define S_IXGRP 010
#define S_IRWXO 07
#define S_IROTH 04
#define S_IWOTH 02
#define S_IXOTH 01

#define UTIME_NOW (-1)
#define UTIME_OMIT (-2)

_CLOUDLIBC_BEGIN
int fstat(int, struct stat *);
int fstatat(int, const char *_CLOUDLIBC_RESTRICT, struct stat *_CLOUDLIBC_RESTRICT, int);
int futimens(int, const struct timespec[2]);
int mkdirat(int, const char *, mode_t);
int utimensat(int, const char *, const struct timespec[2], int);
_CLOUDLIBC_END

#endif
