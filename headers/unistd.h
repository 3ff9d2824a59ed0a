// <unistd.h>: POSIX descriptor operations, on capabilities.
//
// Omitted, and why:
//   access, chdir, chown, getcwd, lchown, link, pathconf, readlink, rmdir,
//   symlink, truncate, unlink, chroot: need the global filesystem or a
//   working directory; the *at() functions relative to a directory fd and
//   the f*() functions on descriptors remain (global-fs, no-cwd).
//   fchdir: no working directory (no-cwd).
//   execl, execle, execlp, execv, execve, execvp, fexecve, fork, getpid,
//   getppid, getpgid, getpgrp, getsid, setsid, setpgid: no process namespace
//   (see <program.h> for program_exec and program_getpid) (global-proc).
//   getuid, geteuid, getgid, getegid, setuid, seteuid, setgid, setegid,
//   setreuid, setregid, getgroups, getlogin, getlogin_r, fchown, fchownat:
//   no users or groups (no-users).
//   STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO: descriptors 0, 1 and 2
//   carry no special meaning; the standard streams come from argdata
//   (no-std-fds).
//   alarm, pause: no signals (no-signals).
//   tcgetpgrp, tcsetpgrp, ttyname, ttyname_r, _POSIX_VDISABLE, _PC_MAX_CANON,
//   _PC_MAX_INPUT, _PC_VDISABLE: no terminals (no-tty).
//   gethostname, gethostid: host information is hidden (no-sysinfo).
//   _SC_PHYS_PAGES, _SC_AVPHYS_PAGES: neither is the host's memory size,
//   and CloudABI has no call that reports it (no-sysinfo).  The names are
//   not defined, so code that tests #ifdef _SC_PHYS_PAGES (xz's
//   tuklib_physmem) takes its "unknown" path at build time; an unknown
//   number passed to sysconf fails with EINVAL.
//   nice: no scheduler control (no-sched).
//   lockf, F_LOCK, F_TEST, F_TLOCK, F_ULOCK: no file locks (no-locking).
//   confstr, _CS_*: no command-line utilities (no-cli).
//   crypt: keeps its result in static storage; crypt_r does the same
//     with a caller-supplied struct crypt_data (thread-unsafe).
//   encrypt: DES block encryption, obsolete (no-crypt).
//   sync: flush individual descriptors with fsync() (superseded).
//   environ: see <program.h> (no-environ).
//   _POSIX_VERSION, _XOPEN_VERSION, _SC_VERSION: the system does not claim
//   POSIX conformance (non-conforming).
//
// crypt_r (an extension, as in glibc and libxcrypt) hashes a password with
// the scheme the setting names: "$1$salt" (MD5-crypt, salt of up to 8
// characters), "$5$[rounds=N$]salt" and "$6$[rounds=N$]salt" (SHA-crypt
// with SHA-256 and SHA-512, salt of up to 16 characters, 1000 <= N <=
// 999999999, default 5000), and "$2b$NN$" + 22 salt characters (bcrypt,
// cost NN from 04 to 31; $2y$ is the same, $2a$ and $2x$ behave as in
// libxcrypt for keys with 8-bit characters; keys count up to 72 bytes).
// The result, "$id$[rounds=N$]salt$hash", is kept in *data until its next
// use.  A setting the library cannot use (an unknown or unsupported
// scheme such as DES or yescrypt, a malformed rounds= or cost, or any
// character outside printable ASCII or one of !*:;\) makes it return NULL
// with errno EINVAL, and a key of 512 bytes or more NULL with ERANGE
// (SHA-crypt's work grows with the square of the key length): there is
// no "*0" failure token.  Hashes are the same as libxcrypt's for every
// setting it accepts.
//
// Behaviour particular to capabilities:
//   read, write, pread, pwrite (and readv/writev/preadv/pwritev in
//   <sys/uio.h>) report EBADF when the descriptor lacks the right to read or
//   write, as POSIX requires for "not open for reading/writing"; lseek()
//   reports ESPIPE when the descriptor cannot seek.  Path operations report
//   ENOTCAPABLE when a right is missing or a path would leave its directory
//   (absolute paths, "..", symlinks pointing outside).
//   fsync() and fdatasync() report EINVAL for sockets (nothing to
//   synchronise); fdatasync() on a descriptor without FD_DATASYNC (which
//   comes only with write access) but with FD_SYNC synchronises fully.
//   ftruncate() reports EINVAL for what is not a file and EBADF for a file
//   not open for writing.  Otherwise a missing right stays ENOTCAPABLE.
//   faccessat() does not look at permission bits (there are none): it
//   checks that the path exists beneath the directory and that the rights
//   the directory passes on (its inheriting rights) include reading (R_OK:
//   FD_READ or, for directories, FILE_READDIR), writing (W_OK: FD_WRITE;
//   directories: FILE_CREATE_FILE) and executing/searching (X_OK: PROC_EXEC;
//   directories: FILE_OPEN).  Missing rights give EACCES.  AT_EACCESS makes
//   no difference (there are no user ids).
//   dup2(old, new): CloudABI can only replace an open descriptor
//   (fd_replace); it cannot create a descriptor with a chosen number.  If
//   `new` is not open, dup2() fails with EBADF; use dup() instead.
//   pipe(): a connected stream socket pair, with the unused direction of
//   each end shut down, so fd[0] only reads and fd[1] only writes.
//   isatty(): there are no terminals; always 0 with errno ENOTTY (EBADF for
//   a descriptor that is not open).
//   sleep(), usleep(): wait on the monotonic clock; there are no signals,
//   so they are never interrupted and sleep() returns 0.
//   sysconf(_SC_PAGESIZE) and sysconf(_SC_NPROCESSORS_*) come from the
//   auxiliary vector the system passed at start-up.
#ifndef _UNISTD_H_
#define _UNISTD_H_

#include <_/posix_types.h>

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif
#ifndef _USECONDS_T_DECLARED
#define _USECONDS_T_DECLARED
typedef __useconds_t useconds_t;
#endif

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

// faccessat() modes.
#define F_OK 0
#define R_OK 4
#define W_OK 2
#define X_OK 1

// Options this system supports (200809L) or does not (-1).
#define _POSIX_ADVISORY_INFO 200809L
#define _POSIX_CLOCK_SELECTION 200809L
#define _POSIX_CPUTIME 200809L
#define _POSIX_FSYNC 200809L
#define _POSIX_MAPPED_FILES 200809L
#define _POSIX_MEMORY_PROTECTION 200809L
#define _POSIX_MONOTONIC_CLOCK 200809L
#define _POSIX_SHARED_MEMORY_OBJECTS 200809L
#define _POSIX_SYNCHRONIZED_IO 200809L
#define _POSIX_THREAD_CPUTIME 200809L
#define _POSIX_THREADS 200809L
#define _POSIX_THREAD_SAFE_FUNCTIONS 200809L
#define _POSIX_THREAD_PROCESS_SHARED 200809L
#define _POSIX_THREAD_ATTR_STACKSIZE 200809L
#define _POSIX_THREAD_ATTR_STACKADDR 200809L
#define _POSIX_SEMAPHORES 200809L
#define _POSIX_BARRIERS 200809L
#define _POSIX_SPIN_LOCKS 200809L
#define _POSIX_READER_WRITER_LOCKS 200809L
#define _POSIX_TIMEOUTS 200809L
#define _POSIX_NO_TRUNC 1
#define _POSIX_ASYNCHRONOUS_IO (-1)
#define _POSIX_CHOWN_RESTRICTED 1
#define _POSIX_JOB_CONTROL (-1)
#define _POSIX_MEMLOCK (-1)
#define _POSIX_MEMLOCK_RANGE (-1)
#define _POSIX_MESSAGE_PASSING (-1)
#define _POSIX_PRIORITIZED_IO (-1)
#define _POSIX_PRIORITY_SCHEDULING (-1)
#define _POSIX_RAW_SOCKETS (-1)
#define _POSIX_REALTIME_SIGNALS (-1)
#define _POSIX_SAVED_IDS (-1)
#define _POSIX_SHELL (-1)
#define _POSIX_SPAWN (-1)
#define _POSIX_TIMERS (-1)
#define _POSIX_TYPED_MEMORY_OBJECTS (-1)
#define _POSIX_V7_LP64_OFF64 1
#define _POSIX_V7_ILP32_OFF32 (-1)
#define _POSIX_V7_ILP32_OFFBIG (-1)
#define _POSIX_V7_LPBIG_OFFBIG (-1)

// fpathconf() names.
#define _PC_2_SYMLINKS 1
#define _PC_FILESIZEBITS 2
#define _PC_LINK_MAX 3
#define _PC_NAME_MAX 4
#define _PC_NO_TRUNC 5
#define _PC_PATH_MAX 6
#define _PC_PIPE_BUF 7
#define _PC_SYMLINK_MAX 8
#define _PC_TIMESTAMP_RESOLUTION 9
#define _PC_CHOWN_RESTRICTED 10
#define _PC_ASYNC_IO 11
#define _PC_PRIO_IO 12
#define _PC_SYNC_IO 13

// sysconf() names.
#define _SC_ARG_MAX 1
#define _SC_ATEXIT_MAX 2
#define _SC_BC_BASE_MAX 3
#define _SC_BC_DIM_MAX 4
#define _SC_BC_SCALE_MAX 5
#define _SC_BC_STRING_MAX 6
#define _SC_CHILD_MAX 7
#define _SC_CLK_TCK 8
#define _SC_COLL_WEIGHTS_MAX 9
#define _SC_EXPR_NEST_MAX 10
#define _SC_HOST_NAME_MAX 11
#define _SC_IOV_MAX 12
#define _SC_LINE_MAX 13
#define _SC_LOGIN_NAME_MAX 14
#define _SC_NGROUPS_MAX 15
#define _SC_NPROCESSORS_CONF 16
#define _SC_NPROCESSORS_ONLN 17
#define _SC_OPEN_MAX 18
#define _SC_PAGESIZE 19
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_RE_DUP_MAX 20
#define _SC_SEM_VALUE_MAX 21
#define _SC_STREAM_MAX 22
#define _SC_SYMLOOP_MAX 23
#define _SC_THREAD_DESTRUCTOR_ITERATIONS 24
#define _SC_THREAD_KEYS_MAX 25
#define _SC_THREAD_STACK_MIN 26
#define _SC_TTY_NAME_MAX 27
#define _SC_TZNAME_MAX 28
#define _SC_ADVISORY_INFO 29
#define _SC_ASYNCHRONOUS_IO 30
#define _SC_CLOCK_SELECTION 31
#define _SC_CPUTIME 32
#define _SC_FSYNC 33
#define _SC_IPV6 34
#define _SC_JOB_CONTROL 35
#define _SC_MAPPED_FILES 36
#define _SC_MEMLOCK 37
#define _SC_MEMLOCK_RANGE 38
#define _SC_MEMORY_PROTECTION 39
#define _SC_MESSAGE_PASSING 40
#define _SC_MONOTONIC_CLOCK 41
#define _SC_PRIORITIZED_IO 42
#define _SC_PRIORITY_SCHEDULING 43
#define _SC_RAW_SOCKETS 44
#define _SC_REALTIME_SIGNALS 45
#define _SC_SAVED_IDS 46
#define _SC_SHARED_MEMORY_OBJECTS 47
#define _SC_SHELL 48
#define _SC_SPAWN 49
#define _SC_SYNCHRONIZED_IO 50
#define _SC_THREAD_CPUTIME 51
#define _SC_TIMERS 52
#define _SC_TYPED_MEMORY_OBJECTS 53
#define _SC_V7_LP64_OFF64 54
#define _SC_V7_ILP32_OFF32 55
#define _SC_V7_ILP32_OFFBIG 56
#define _SC_V7_LPBIG_OFFBIG 57

// Storage for crypt_r's result.  `initialized` is there for programs
// written for glibc, which set it to 0; this library does not read it.
struct crypt_data {
  int initialized;
  char __output[256];
};

_CLOUDLIBC_BEGIN
_CLOUDLIBC_NORETURN void _exit(int);
int close(int);
char *crypt_r(const char *, const char *, struct crypt_data *);
int dup(int);
int dup2(int, int);
int faccessat(int, const char *, int, int);
int fdatasync(int);
long fpathconf(int, int);
int fsync(int);
int ftruncate(int, off_t);
int getpagesize(void);
int isatty(int);
int linkat(int, const char *, int, const char *, int);
off_t lseek(int, off_t, int);
int pipe(int[2]);
ssize_t pread(int, void *, size_t, off_t);
ssize_t pwrite(int, const void *, size_t, off_t);
ssize_t read(int, void *, size_t);
ssize_t readlinkat(int, const char *_CLOUDLIBC_RESTRICT, char *_CLOUDLIBC_RESTRICT, size_t);
unsigned int sleep(unsigned int);
void swab(const void *_CLOUDLIBC_RESTRICT, void *_CLOUDLIBC_RESTRICT, ssize_t);
int symlinkat(const char *, int, const char *);
long sysconf(int);
int unlinkat(int, const char *, int);
int usleep(useconds_t);
ssize_t write(int, const void *, size_t);
// Option parsing for conventional main() programs (see also <getopt.h>).
// The parser keeps global state, as POSIX specifies; ports expect it here.
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int, char *const[], const char *);

_CLOUDLIBC_END

#endif
