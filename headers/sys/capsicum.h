// <sys/capsicum.h>: Capsicum-style capability rights on descriptors.
//
// A CloudABI process is always in capability mode: cap_enter() succeeds
// and changes nothing, cap_getmode() reports 1 and cap_sandboxed() true.
// There is no global namespace to leave behind (no open, stat, mkdir,
// unlink, rename, opendir, chdir, getcwd, socket, bind, connect, accept,
// listen, kill, wait, execve, fork, users or groups): every resource is a
// descriptor, and a descriptor's rights (CloudABI's base and inheriting
// rights, see cloudabi-abi §2.22) can only shrink.
//
// cap_rights_t holds a set of CloudABI rights; each CAP_* constant names
// the CloudABI rights its FreeBSD namesake corresponds to.
// cap_rights_limit(fd, rights) keeps, of the rights the descriptor has,
// those in `rights`, as both its base rights and its inheriting rights
// (what descriptors opened through it may get); asking for a right the
// descriptor does not have is not an error (the right stays absent), so
// limiting never fails with ENOTCAPABLE.  Operations that need a removed
// right fail with ENOTCAPABLE afterwards.  cap_rights_get(fd, rights)
// reports the base rights.  The extensions cap_rights_limit_explicit and
// cap_rights_get_explicit set and get the base and inheriting rights
// separately; setting rights the descriptor lacks fails with ENOTCAPABLE.
//
// cap_rights_init, cap_rights_set, cap_rights_clear and cap_rights_is_set
// take any number of CAP_* values (macros over the __cap_rights_*
// functions, terminated by 0).  CAP_ALL and CAP_NONE fill a set with all
// or no rights.
//
// Omitted, and why:
//   CAP_FCHDIR (no-cwd); CAP_FCHFLAGS, CAP_CHFLAGSAT, CAP_FCHMOD,
//   CAP_FCHMODAT, CAP_FCHOWN, CAP_FCHOWNAT, CAP_ACL_* (no-users);
//   CAP_FLOCK (no-locking); CAP_FPATHCONF; CAP_FSCK; CAP_FSTATFS
//   (no-fs-stats); CAP_ACCEPT, CAP_BIND, CAP_BINDAT, CAP_CONNECT,
//   CAP_CONNECTAT, CAP_GETPEERNAME, CAP_GETSOCKNAME, CAP_LISTEN
//   (global-net); CAP_GETSOCKOPT, CAP_SETSOCKOPT (no-sockopt); CAP_KQUEUE*,
//   CAP_MAC_*, CAP_SEM_*, CAP_EXTATTR_*; CAP_MKFIFOAT (anon-only);
//   CAP_MKNODAT (no-devices); CAP_IOCTL, cap_ioctls_limit, cap_ioctls_get
//   (no-ioctl); cap_fcntls_limit, cap_fcntls_get (coarse-rights);
//   CAP_TTYHOOK (no-tty); CAP_PDGETPID (global-proc); CAP_PDKILL
//   (no-signals).
#ifndef _SYS_CAPSICUM_H_
#define _SYS_CAPSICUM_H_

#include <_/types.h>

typedef struct {
  __UINT64_TYPE__ __rights;
} cap_rights_t;

// The CloudABI rights (cloudabi_rights_t bits).
#define _CAP_FD_DATASYNC 0x0000000000000001ULL
#define _CAP_FD_READ 0x0000000000000002ULL
#define _CAP_FD_SEEK 0x0000000000000004ULL
#define _CAP_FD_STAT_PUT_FLAGS 0x0000000000000008ULL
#define _CAP_FD_SYNC 0x0000000000000010ULL
#define _CAP_FD_TELL 0x0000000000000020ULL
#define _CAP_FD_WRITE 0x0000000000000040ULL
#define _CAP_FILE_ADVISE 0x0000000000000080ULL
#define _CAP_FILE_ALLOCATE 0x0000000000000100ULL
#define _CAP_FILE_CREATE_DIRECTORY 0x0000000000000200ULL
#define _CAP_FILE_CREATE_FILE 0x0000000000000400ULL
#define _CAP_FILE_LINK_SOURCE 0x0000000000001000ULL
#define _CAP_FILE_LINK_TARGET 0x0000000000002000ULL
#define _CAP_FILE_OPEN 0x0000000000004000ULL
#define _CAP_FILE_READDIR 0x0000000000008000ULL
#define _CAP_FILE_READLINK 0x0000000000010000ULL
#define _CAP_FILE_RENAME_SOURCE 0x0000000000020000ULL
#define _CAP_FILE_RENAME_TARGET 0x0000000000040000ULL
#define _CAP_FILE_STAT_FGET 0x0000000000080000ULL
#define _CAP_FILE_STAT_FPUT_SIZE 0x0000000000100000ULL
#define _CAP_FILE_STAT_FPUT_TIMES 0x0000000000200000ULL
#define _CAP_FILE_STAT_GET 0x0000000000400000ULL
#define _CAP_FILE_STAT_PUT_TIMES 0x0000000000800000ULL
#define _CAP_FILE_SYMLINK 0x0000000001000000ULL
#define _CAP_FILE_UNLINK 0x0000000002000000ULL
#define _CAP_MEM_MAP 0x0000000004000000ULL
#define _CAP_MEM_MAP_EXEC 0x0000000008000000ULL
#define _CAP_POLL_FD_READWRITE 0x0000000010000000ULL
#define _CAP_POLL_PROC_TERMINATE 0x0000000040000000ULL
#define _CAP_PROC_EXEC 0x0000000100000000ULL
#define _CAP_SOCK_SHUTDOWN 0x0000008000000000ULL
#define _CAP_ALL_RIGHTS 0x000000815ffff7ffULL

#define CAP_CREATE _CAP_FILE_CREATE_FILE
#define CAP_EVENT _CAP_POLL_FD_READWRITE
#define CAP_FCNTL _CAP_FD_STAT_PUT_FLAGS
#define CAP_FDATASYNC _CAP_FD_DATASYNC
#define CAP_FEXECVE _CAP_PROC_EXEC
#define CAP_FSTAT _CAP_FILE_STAT_FGET
#define CAP_FSTATAT _CAP_FILE_STAT_GET
#define CAP_FSYNC _CAP_FD_SYNC
#define CAP_FTRUNCATE _CAP_FILE_STAT_FPUT_SIZE
#define CAP_FUTIMES _CAP_FILE_STAT_FPUT_TIMES
#define CAP_FUTIMESAT _CAP_FILE_STAT_PUT_TIMES
#define CAP_LINKAT_SOURCE _CAP_FILE_LINK_SOURCE
#define CAP_LINKAT_TARGET _CAP_FILE_LINK_TARGET
#define CAP_LOOKUP _CAP_FILE_OPEN
#define CAP_MKDIRAT _CAP_FILE_CREATE_DIRECTORY
#define CAP_MMAP _CAP_MEM_MAP
#define CAP_MMAP_R (_CAP_MEM_MAP | _CAP_FD_READ)
#define CAP_MMAP_W (_CAP_MEM_MAP | _CAP_FD_WRITE)
#define CAP_MMAP_X (_CAP_MEM_MAP | _CAP_MEM_MAP_EXEC)
#define CAP_MMAP_RW (CAP_MMAP_R | CAP_MMAP_W)
#define CAP_MMAP_RX (CAP_MMAP_R | CAP_MMAP_X)
#define CAP_MMAP_WX (CAP_MMAP_W | CAP_MMAP_X)
#define CAP_MMAP_RWX (CAP_MMAP_R | CAP_MMAP_W | CAP_MMAP_X)
#define CAP_PDWAIT _CAP_POLL_PROC_TERMINATE
#define CAP_POSIX_FADVISE _CAP_FILE_ADVISE
#define CAP_POSIX_FALLOCATE _CAP_FILE_ALLOCATE
#define CAP_READ _CAP_FD_READ
#define CAP_WRITE _CAP_FD_WRITE
#define CAP_SEEK_TELL _CAP_FD_TELL
#define CAP_SEEK (_CAP_FD_SEEK | _CAP_FD_TELL)
#define CAP_PREAD (CAP_SEEK | CAP_READ)
#define CAP_PWRITE (CAP_SEEK | CAP_WRITE)
#define CAP_READDIR _CAP_FILE_READDIR
#define CAP_READLINKAT _CAP_FILE_READLINK
#define CAP_RECV _CAP_FD_READ
#define CAP_SEND _CAP_FD_WRITE
#define CAP_RENAMEAT_SOURCE _CAP_FILE_RENAME_SOURCE
#define CAP_RENAMEAT_TARGET _CAP_FILE_RENAME_TARGET
#define CAP_SHUTDOWN _CAP_SOCK_SHUTDOWN
#define CAP_SOCK_CLIENT (CAP_RECV | CAP_SEND | CAP_SHUTDOWN | CAP_EVENT)
#define CAP_SOCK_SERVER (CAP_RECV | CAP_SEND | CAP_SHUTDOWN | CAP_EVENT)
#define CAP_SYMLINKAT _CAP_FILE_SYMLINK
#define CAP_UNLINKAT _CAP_FILE_UNLINK

_CLOUDLIBC_BEGIN
cap_rights_t *CAP_ALL(cap_rights_t *);
cap_rights_t *CAP_NONE(cap_rights_t *);
cap_rights_t *__cap_rights_init(cap_rights_t *, ...);
cap_rights_t *__cap_rights_set(cap_rights_t *, ...);
cap_rights_t *__cap_rights_clear(cap_rights_t *, ...);
_Bool __cap_rights_is_set(const cap_rights_t *, ...);
_Bool cap_rights_contains(const cap_rights_t *, const cap_rights_t *);
_Bool cap_rights_is_valid(const cap_rights_t *);
cap_rights_t *cap_rights_merge(cap_rights_t *, const cap_rights_t *);
cap_rights_t *cap_rights_remove(cap_rights_t *, const cap_rights_t *);
int cap_rights_get(int, cap_rights_t *);
int cap_rights_get_explicit(int, cap_rights_t *, cap_rights_t *);
int cap_rights_limit(int, const cap_rights_t *);
int cap_rights_limit_explicit(int, const cap_rights_t *, const cap_rights_t *);
int cap_enter(void);
int cap_getmode(unsigned int *);
_Bool cap_sandboxed(void);
_CLOUDLIBC_END

// The variadic lists end with 0, which is no right.
#define cap_rights_init(...) __cap_rights_init(__VA_ARGS__, 0ULL)
#define cap_rights_set(...) __cap_rights_set(__VA_ARGS__, 0ULL)
#define cap_rights_clear(...) __cap_rights_clear(__VA_ARGS__, 0ULL)
#define cap_rights_is_set(...) __cap_rights_is_set(__VA_ARGS__, 0ULL)

#endif
