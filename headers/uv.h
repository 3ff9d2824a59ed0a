// <uv.h>: a libuv (v1) compatible event loop.
//
// Handles and requests have libuv's public members (data, loop, type,
// close_cb, ...); what follows them is this library's own state.  Loops
// are driven by the libc's poll() (one CloudABI poll per iteration) with
// timers on the monotonic clock; work, file system and resolver requests
// with a callback run on a small thread pool shared by all loops.
//
// Omitted, and why:
//   UV_CONNECT, UV_UDP_SEND, UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR,
//   uv_connect_t, uv_connect_cb, uv_connection_cb, uv_udp_send_t,
//   uv_udp_send_cb, uv_membership, uv_udp_t::send_queue_size,
//   uv_udp_t::send_queue_count, uv_listen, uv_pipe_bind, uv_pipe_chmod,
//   uv_pipe_connect, uv_pipe_pending_instances, uv_tcp_bind,
//   uv_tcp_connect, uv_tcp_simultaneous_accepts, uv_udp_bind,
//   uv_udp_send, uv_udp_try_send, uv_udp_set_broadcast,
//   uv_udp_set_membership, uv_udp_set_multicast_interface,
//   uv_udp_set_multicast_loop, uv_udp_set_multicast_ttl, uv_udp_set_ttl,
//   uv_pipe_getpeername, uv_pipe_getsockname, uv_tcp_getpeername,
//   uv_tcp_getsockname, uv_udp_getsockname: sockets cannot be created,
//   bound, connected or named (global-net).
//   UV_FS_ACCESS, UV_FS_CHMOD, UV_FS_CHOWN, UV_FS_COPYFILE, UV_FS_LINK,
//   UV_FS_LSTAT, UV_FS_MKDIR, UV_FS_MKDTEMP, UV_FS_O_*, UV_FS_READLINK,
//   UV_FS_REALPATH, UV_FS_RENAME, UV_FS_RMDIR, UV_FS_SCANDIR, UV_FS_STAT,
//   UV_FS_SYMLINK, UV_FS_UNLINK, UV_FS_UTIME, uv_dirent_t, uv_fs_t::path,
//   uv_fs_t::ptr, uv_fs_access, uv_fs_chmod, uv_fs_copyfile, uv_fs_link,
//   uv_fs_lstat, uv_fs_mkdir, uv_fs_mkdtemp, uv_fs_open, uv_fs_readlink,
//   uv_fs_realpath, uv_fs_rename, uv_fs_rmdir, uv_fs_scandir,
//   uv_fs_scandir_next, uv_fs_stat, uv_fs_symlink, uv_fs_unlink,
//   uv_fs_utime, uv_chdir, uv_cwd, uv_exepath, uv_os_homedir,
//   uv_os_tmpdir: there is no global file system namespace (global-fs).
//   UV_FS_EVENT, UV_FS_POLL, uv_fs_event_t, uv_fs_event_*, uv_fs_poll_t,
//   uv_fs_poll_*: no file system monitoring (no-fs-monitor).
//   UV_FS_FCHMOD, UV_FS_FCHOWN, uv_fs_fchmod, uv_fs_fchown,
//   uv_os_get_passwd, uv_os_free_passwd: no users or permissions
//   (no-users).
//   UV_SIGNAL, UV_LOOP_BLOCK_SIGNAL, uv_signal_t, uv_signal_cb,
//   uv_signal_init, uv_signal_start, uv_signal_start_oneshot,
//   uv_signal_stop, uv_loop_configure: no signal handlers (no-signals).
//   UV_PRIORITIZED: no out-of-band data (no-oob).
//   uv_default_loop, uv_replace_allocator, uv_malloc_func, uv_realloc_func,
//   uv_calloc_func, uv_free_func: global mutable state; loops are created
//   with uv_loop_init (global-state).
//   uv_lib_t, uv_dlopen, uv_dlclose, uv_dlsym, uv_dlerror: no run-time
//   loading (no-dlopen).
//   uv_pid_t, uv_process_t::pid, uv_kill, uv_os_getpid, uv_os_getppid: no
//   process table (global-proc).
//   uv_spawn, uv_process_options_t, uv_process_flags,
//   uv_stdio_container_t, uv_stdio_flags: superseded by program_spawn in
//   <program.h> (superseded).
//   uv_tty_mode_t, uv_tty_set_mode, uv_tty_get_winsize: no terminals
//   (no-tty).
//   uv_backend_fd: the loop waits with poll(), not a pollable descriptor
//   (n/a).
//   uv_cpu_info, uv_free_cpu_info, uv_interface_addresses,
//   uv_free_interface_addresses, uv_get_total_memory, uv_loadavg,
//   uv_os_gethostname, uv_resident_set_memory, uv_uptime: no system
//   information (no-sysinfo).
//   uv_setup_args, uv_get_process_title, uv_set_process_title: there is no
//   argv to rewrite (n/a).
//   uv_loop_fork: no fork() (no-fork).
//   uv_os_setenv, uv_os_unsetenv: the environment is read-only argdata
//   (no-environ).
//   uv_recv_buffer_size, uv_send_buffer_size, uv_tcp_keepalive,
//   uv_tcp_nodelay: socket options cannot be changed (no-sockopt).
//
// Extensions and differences:
//   Loops must be created explicitly (no default loop).  Streams, UDP and
//   poll handles are opened on descriptors that were granted or received
//   (uv_pipe_open, uv_tcp_open, uv_tty_init, uv_udp_open, uv_poll_init).
//   uv_accept takes a connection from a granted listening socket (a
//   listening socket is readable when a connection waits; watch it with a
//   uv_poll_t since uv_listen does not exist) or, on an IPC pipe, the next
//   descriptor received with uv_write2 (see uv_pipe_pending_count/type).
//   Child processes are started with program_spawn from <program.h>,
//   which yields a process descriptor; a uv_process_t holding one in its
//   procfd member (set it after zeroing the handle) is ended with
//   uv_process_kill: CloudABI cannot send another process a signal, so any
//   signal number closes the process descriptor, which terminates the
//   child; a second call reports UV_ESRCH.
//   uv_getaddrinfo and uv_getnameinfo handle numeric addresses only, as
//   getaddrinfo and getnameinfo do.  uv_os_getenv reads the environment
//   from the argdata (getenv).  uv_err_name and uv_strerror of a code not
//   in UV_ERRNO_MAP return "Unknown system error N" from a per-thread
//   buffer (libuv allocates one each time).  uv_tcp_init_ex and uv_udp_init_ex accept
//   AF_UNSPEC only (UV_ENOTSUP otherwise): no socket can be created.
#ifndef _UV_H_
#define _UV_H_

#include <_/types.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <semaphore.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>

// 1.18: the libuv release whose API this subset covers (newer functions
// such as uv_sleep or uv_random are absent).  The order of callbacks
// follows libuv 1.44 (callbacks of writes finished in the poll phase run
// before the check phase).
#define UV_VERSION_MAJOR 1
#define UV_VERSION_MINOR 18
#define UV_VERSION_PATCH 0
#define UV_VERSION_IS_RELEASE 1
#define UV_VERSION_SUFFIX ""
#define UV_VERSION_HEX \
  ((UV_VERSION_MAJOR << 16) | (UV_VERSION_MINOR << 8) | UV_VERSION_PATCH)

#define UV_IF_NAMESIZE 17

// Error codes (the uv_errno_t constants UV_E*): negative errno values
// where the libc has the errno value, otherwise numbers outside errno's
// range.
#define __UV_E2BIG (-1)
#define __UV_EACCES (-2)
#define __UV_EADDRINUSE (-3)
#define __UV_EADDRNOTAVAIL (-4)
#define __UV_EAFNOSUPPORT (-5)
#define __UV_EAGAIN (-6)
#define __UV_EALREADY (-7)
#define __UV_EBADF (-8)
#define __UV_EBUSY (-10)
#define __UV_ECANCELED (-11)
#define __UV_ECONNABORTED (-13)
#define __UV_ECONNREFUSED (-14)
#define __UV_ECONNRESET (-15)
#define __UV_EDESTADDRREQ (-17)
#define __UV_EEXIST (-20)
#define __UV_EFAULT (-21)
#define __UV_EFBIG (-22)
#define __UV_EHOSTUNREACH (-23)
#define __UV_EINTR (-27)
#define __UV_EINVAL (-28)
#define __UV_EIO (-29)
#define __UV_EISCONN (-30)
#define __UV_EISDIR (-31)
#define __UV_ELOOP (-32)
#define __UV_EMFILE (-33)
#define __UV_EMLINK (-34)
#define __UV_EMSGSIZE (-35)
#define __UV_ENAMETOOLONG (-37)
#define __UV_ENETDOWN (-38)
#define __UV_ENETUNREACH (-40)
#define __UV_ENFILE (-41)
#define __UV_ENOBUFS (-42)
#define __UV_ENODEV (-43)
#define __UV_ENOENT (-44)
#define __UV_ENOMEM (-48)
#define __UV_ENOPROTOOPT (-50)
#define __UV_ENOSPC (-51)
#define __UV_ENOSYS (-52)
#define __UV_ENOTCONN (-53)
#define __UV_ENOTDIR (-54)
#define __UV_ENOTEMPTY (-55)
#define __UV_ENOTSOCK (-57)
#define __UV_ENOTSUP (-58)
#define __UV_ENOTTY (-59)
#define __UV_ENXIO (-60)
#define __UV_EPERM (-63)
#define __UV_EPIPE (-64)
#define __UV_EPROTO (-65)
#define __UV_EPROTONOSUPPORT (-66)
#define __UV_EPROTOTYPE (-67)
#define __UV_ERANGE (-68)
#define __UV_EROFS (-69)
#define __UV_ESPIPE (-70)
#define __UV_ESRCH (-71)
#define __UV_ETIMEDOUT (-73)
#define __UV_ETXTBSY (-74)
#define __UV_EXDEV (-75)
#define __UV_EHOSTDOWN (-4031)
#define __UV_EREMOTEIO (-4030)
#define __UV_ESHUTDOWN (-4053)
#define __UV_ENONET (-4056)
#define __UV_ECHARSET (-4080)
#define __UV_EOF (-4095)
#define __UV_EAI_ADDRFAMILY (-3000)
#define __UV_EAI_AGAIN (-3001)
#define __UV_EAI_BADFLAGS (-3002)
#define __UV_EAI_CANCELED (-3003)
#define __UV_EAI_FAIL (-3004)
#define __UV_EAI_FAMILY (-3005)
#define __UV_EAI_MEMORY (-3006)
#define __UV_EAI_NODATA (-3007)
#define __UV_EAI_NONAME (-3008)
#define __UV_EAI_OVERFLOW (-3009)
#define __UV_EAI_SERVICE (-3010)
#define __UV_EAI_SOCKTYPE (-3011)
#define __UV_EAI_BADHINTS (-3013)
#define __UV_EAI_PROTOCOL (-3014)

#define UV_ERRNO_MAP(XX)                                     \
  XX(E2BIG, "argument list too long")                        \
  XX(EACCES, "permission denied")                            \
  XX(EADDRINUSE, "address in use")                           \
  XX(EADDRNOTAVAIL, "address not available")                 \
  XX(EAFNOSUPPORT, "address family not supported")           \
  XX(EAGAIN, "resource temporarily unavailable")             \
  XX(EAI_ADDRFAMILY, "address family not supported")         \
  XX(EAI_AGAIN, "temporary failure")                         \
  XX(EAI_BADFLAGS, "bad ai_flags value")                     \
  XX(EAI_BADHINTS, "invalid value for hints")                \
  XX(EAI_CANCELED, "request canceled")                       \
  XX(EAI_FAIL, "permanent failure")                          \
  XX(EAI_FAMILY, "ai_family not supported")                  \
  XX(EAI_MEMORY, "out of memory")                            \
  XX(EAI_NODATA, "no address")                               \
  XX(EAI_NONAME, "unknown node or service")                  \
  XX(EAI_OVERFLOW, "argument buffer overflow")               \
  XX(EAI_PROTOCOL, "resolved protocol is unknown")           \
  XX(EAI_SERVICE, "service not available for socket type")   \
  XX(EAI_SOCKTYPE, "socket type not supported")              \
  XX(EALREADY, "connection already in progress")             \
  XX(EBADF, "bad file descriptor")                           \
  XX(EBUSY, "resource busy or locked")                       \
  XX(ECANCELED, "operation canceled")                        \
  XX(ECHARSET, "invalid Unicode character")                  \
  XX(ECONNABORTED, "software caused connection abort")       \
  XX(ECONNREFUSED, "connection refused")                     \
  XX(ECONNRESET, "connection reset by peer")                 \
  XX(EDESTADDRREQ, "destination address required")           \
  XX(EEXIST, "file already exists")                          \
  XX(EFAULT, "bad address in system call argument")          \
  XX(EFBIG, "file too large")                                \
  XX(EHOSTUNREACH, "host is unreachable")                    \
  XX(EINTR, "interrupted system call")                       \
  XX(EINVAL, "invalid argument")                             \
  XX(EIO, "i/o error")                                       \
  XX(EISCONN, "socket is already connected")                 \
  XX(EISDIR, "illegal operation on a directory")             \
  XX(ELOOP, "too many symbolic links encountered")           \
  XX(EMFILE, "too many open files")                          \
  XX(EMSGSIZE, "message too long")                           \
  XX(ENAMETOOLONG, "name too long")                          \
  XX(ENETDOWN, "network is down")                            \
  XX(ENETUNREACH, "network is unreachable")                  \
  XX(ENFILE, "file table overflow")                          \
  XX(ENOBUFS, "no buffer space available")                   \
  XX(ENODEV, "no such device")                               \
  XX(ENOENT, "no such file or directory")                    \
  XX(ENOMEM, "not enough memory")                            \
  XX(ENONET, "machine is not on the network")                \
  XX(ENOPROTOOPT, "protocol not available")                  \
  XX(ENOSPC, "no space left on device")                      \
  XX(ENOSYS, "function not implemented")                     \
  XX(ENOTCONN, "socket is not connected")                    \
  XX(ENOTDIR, "not a directory")                             \
  XX(ENOTEMPTY, "directory not empty")                       \
  XX(ENOTSOCK, "socket operation on non-socket")             \
  XX(ENOTSUP, "operation not supported on socket")           \
  XX(EPERM, "operation not permitted")                       \
  XX(EPIPE, "broken pipe")                                   \
  XX(EPROTO, "protocol error")                               \
  XX(EPROTONOSUPPORT, "protocol not supported")              \
  XX(EPROTOTYPE, "protocol wrong type for socket")           \
  XX(ERANGE, "result too large")                             \
  XX(EROFS, "read-only file system")                         \
  XX(ESHUTDOWN, "cannot send after transport endpoint shutdown") \
  XX(ESPIPE, "invalid seek")                                 \
  XX(ESRCH, "no such process")                               \
  XX(ETIMEDOUT, "connection timed out")                      \
  XX(ETXTBSY, "text file is busy")                           \
  XX(EXDEV, "cross-device link not permitted")               \
  XX(EOF, "end of file")                                     \
  XX(ENXIO, "no such device or address")                     \
  XX(EMLINK, "too many links")                               \
  XX(EHOSTDOWN, "host is down")                              \
  XX(EREMOTEIO, "remote I/O error")                          \
  XX(ENOTTY, "inappropriate ioctl for device")

#define UV_HANDLE_TYPE_MAP(XX) \
  XX(ASYNC, async)             \
  XX(CHECK, check)             \
  XX(HANDLE, handle)           \
  XX(IDLE, idle)               \
  XX(NAMED_PIPE, pipe)         \
  XX(POLL, poll)               \
  XX(PREPARE, prepare)         \
  XX(PROCESS, process)         \
  XX(STREAM, stream)           \
  XX(TCP, tcp)                 \
  XX(TIMER, timer)             \
  XX(TTY, tty)                 \
  XX(UDP, udp)

#define UV_REQ_TYPE_MAP(XX) \
  XX(REQ, req)              \
  XX(WRITE, write)          \
  XX(SHUTDOWN, shutdown)    \
  XX(FS, fs)                \
  XX(WORK, work)            \
  XX(GETADDRINFO, getaddrinfo) \
  XX(GETNAMEINFO, getnameinfo)

typedef enum {
#define __UV_ERRNO_ENUM(name, _) UV_##name = __UV_##name,
  UV_ERRNO_MAP(__UV_ERRNO_ENUM)
#undef __UV_ERRNO_ENUM
} uv_errno_t;

typedef enum {
  UV_UNKNOWN_HANDLE = 0,
#define UV__HANDLE_ENUM(uc, lc) UV_##uc,
  UV_HANDLE_TYPE_MAP(UV__HANDLE_ENUM)
#undef UV__HANDLE_ENUM
  UV_FILE,
  UV_HANDLE_TYPE_MAX
} uv_handle_type;

typedef enum {
  UV_UNKNOWN_REQ = 0,
#define UV__REQ_ENUM(uc, lc) UV_##uc,
  UV_REQ_TYPE_MAP(UV__REQ_ENUM)
#undef UV__REQ_ENUM
  UV_REQ_TYPE_MAX
} uv_req_type;

typedef enum { UV_RUN_DEFAULT = 0, UV_RUN_ONCE, UV_RUN_NOWAIT } uv_run_mode;

typedef enum {
  UV_FS_UNKNOWN = -1,
  UV_FS_CUSTOM,
  UV_FS_READ,
  UV_FS_WRITE,
  UV_FS_SENDFILE,
  UV_FS_FSTAT,
  UV_FS_FTRUNCATE,
  UV_FS_FUTIME,
  UV_FS_FSYNC,
  UV_FS_FDATASYNC,
  UV_FS_CLOSE
} uv_fs_type;

enum uv_poll_event { UV_READABLE = 1, UV_WRITABLE = 2, UV_DISCONNECT = 4 };
enum uv_udp_flags { UV_UDP_PARTIAL = 2 };

typedef struct {
  char *base;
  size_t len;
} uv_buf_t;

typedef int uv_file;
typedef int uv_os_fd_t;
typedef int uv_os_sock_t;
typedef pthread_mutex_t uv_mutex_t;
typedef pthread_rwlock_t uv_rwlock_t;
typedef sem_t uv_sem_t;
typedef pthread_cond_t uv_cond_t;
typedef pthread_barrier_t uv_barrier_t;
typedef pthread_key_t uv_key_t;
typedef pthread_once_t uv_once_t;
typedef pthread_t uv_thread_t;
#define UV_ONCE_INIT PTHREAD_ONCE_INIT

typedef struct {
  long tv_sec;
  long tv_nsec;
} uv_timespec_t;

typedef struct {
  long tv_sec;
  long tv_usec;
} uv_timeval_t;

typedef struct {
  uint64_t st_dev;
  uint64_t st_mode;
  uint64_t st_nlink;
  uint64_t st_uid;
  uint64_t st_gid;
  uint64_t st_rdev;
  uint64_t st_ino;
  uint64_t st_size;
  uint64_t st_blksize;
  uint64_t st_blocks;
  uint64_t st_flags;
  uint64_t st_gen;
  uv_timespec_t st_atim;
  uv_timespec_t st_mtim;
  uv_timespec_t st_ctim;
  uv_timespec_t st_birthtim;
} uv_stat_t;

typedef struct {
  uv_timeval_t ru_utime;
  uv_timeval_t ru_stime;
  uint64_t ru_maxrss;
  uint64_t ru_ixrss;
  uint64_t ru_idrss;
  uint64_t ru_isrss;
  uint64_t ru_minflt;
  uint64_t ru_majflt;
  uint64_t ru_nswap;
  uint64_t ru_inblock;
  uint64_t ru_oublock;
  uint64_t ru_msgsnd;
  uint64_t ru_msgrcv;
  uint64_t ru_nsignals;
  uint64_t ru_nvcsw;
  uint64_t ru_nivcsw;
} uv_rusage_t;

typedef struct uv_loop_s uv_loop_t;
typedef struct uv_handle_s uv_handle_t;
typedef struct uv_stream_s uv_stream_t;
typedef struct uv_tcp_s uv_tcp_t;
typedef struct uv_udp_s uv_udp_t;
typedef struct uv_pipe_s uv_pipe_t;
typedef struct uv_tty_s uv_tty_t;
typedef struct uv_poll_s uv_poll_t;
typedef struct uv_timer_s uv_timer_t;
typedef struct uv_prepare_s uv_prepare_t;
typedef struct uv_check_s uv_check_t;
typedef struct uv_idle_s uv_idle_t;
typedef struct uv_async_s uv_async_t;
typedef struct uv_process_s uv_process_t;
typedef struct uv_req_s uv_req_t;
typedef struct uv_getaddrinfo_s uv_getaddrinfo_t;
typedef struct uv_getnameinfo_s uv_getnameinfo_t;
typedef struct uv_shutdown_s uv_shutdown_t;
typedef struct uv_write_s uv_write_t;
typedef struct uv_work_s uv_work_t;
typedef struct uv_fs_s uv_fs_t;

typedef void (*uv_alloc_cb)(uv_handle_t *, size_t, uv_buf_t *);
typedef void (*uv_read_cb)(uv_stream_t *, ssize_t, const uv_buf_t *);
typedef void (*uv_write_cb)(uv_write_t *, int);
typedef void (*uv_shutdown_cb)(uv_shutdown_t *, int);
typedef void (*uv_close_cb)(uv_handle_t *);
typedef void (*uv_poll_cb)(uv_poll_t *, int, int);
typedef void (*uv_timer_cb)(uv_timer_t *);
typedef void (*uv_async_cb)(uv_async_t *);
typedef void (*uv_prepare_cb)(uv_prepare_t *);
typedef void (*uv_check_cb)(uv_check_t *);
typedef void (*uv_idle_cb)(uv_idle_t *);
typedef void (*uv_exit_cb)(uv_process_t *, int64_t, int);
typedef void (*uv_walk_cb)(uv_handle_t *, void *);
typedef void (*uv_fs_cb)(uv_fs_t *);
typedef void (*uv_work_cb)(uv_work_t *);
typedef void (*uv_after_work_cb)(uv_work_t *, int);
typedef void (*uv_getaddrinfo_cb)(uv_getaddrinfo_t *, int, struct addrinfo *);
typedef void (*uv_getnameinfo_cb)(uv_getnameinfo_t *, int, const char *,
                                  const char *);
typedef void (*uv_udp_recv_cb)(uv_udp_t *, ssize_t, const uv_buf_t *,
                               const struct sockaddr *, unsigned int);
typedef void (*uv_thread_cb)(void *);

// Private: a link in one of the loop's intrusive lists.
struct __uv_queue {
  struct __uv_queue *__next;
  struct __uv_queue *__prev;
};

// Private: an item of the thread pool (work, fs, getaddrinfo, ...).
struct __uv_work {
  struct __uv_queue __node;
  void (*__work)(struct __uv_work *);
  void (*__done)(struct __uv_work *, int);
  struct uv_loop_s *__loop;
  int __state;
};

struct uv_loop_s {
  void *data;
  unsigned int active_handles;
  void *handle_queue[2];
  union {
    void *unused[2];
    unsigned int count;
  } active_reqs;
  unsigned int stop_flag;
  // Private.
  uint64_t __time;
  uint64_t __timer_counter;
  struct __uv_queue __timers;
  struct __uv_queue __idle;
  struct __uv_queue __prepare;
  struct __uv_queue __check;
  struct __uv_queue __async;
  struct __uv_queue __pending;
  struct uv_handle_s *__closing;
  int __wake_read;
  int __wake_write;
  int __wake_pending;
  pthread_mutex_t __done_lock;
  struct __uv_queue __done;
  struct pollfd *__pollfds;
  void **__pollowners;
  size_t __pollcap;
};

#define UV_HANDLE_FIELDS          \
  void *data;                     \
  uv_loop_t *loop;                \
  uv_handle_type type;            \
  uv_close_cb close_cb;           \
  void *handle_queue[2];          \
  union {                         \
    int fd;                       \
    void *reserved[4];            \
  } u;                            \
  unsigned int __flags;           \
  struct __uv_queue __node;       \
  struct uv_handle_s *__next_closing;

struct uv_handle_s {
  UV_HANDLE_FIELDS
};

#define UV_STREAM_FIELDS              \
  size_t write_queue_size;            \
  uv_alloc_cb alloc_cb;               \
  uv_read_cb read_cb;                 \
  int __fd;                           \
  struct __uv_queue __pending_node;   \
  struct __uv_queue __write_queue;    \
  struct __uv_queue __write_done;     \
  struct uv_shutdown_s *__shutdown;   \
  int *__received;                    \
  unsigned int __received_count;      \
  unsigned int __received_cap;

struct uv_stream_s {
  UV_HANDLE_FIELDS
  UV_STREAM_FIELDS
};

struct uv_tcp_s {
  UV_HANDLE_FIELDS
  UV_STREAM_FIELDS
};

struct uv_pipe_s {
  UV_HANDLE_FIELDS
  UV_STREAM_FIELDS
  int ipc;
};

struct uv_tty_s {
  UV_HANDLE_FIELDS
  UV_STREAM_FIELDS
};

struct uv_udp_s {
  UV_HANDLE_FIELDS
  int __fd;
  uv_alloc_cb __alloc_cb;
  uv_udp_recv_cb __recv_cb;
};

struct uv_poll_s {
  UV_HANDLE_FIELDS
  uv_poll_cb poll_cb;
  int __fd;
  int __events;
};

struct uv_timer_s {
  UV_HANDLE_FIELDS
  uv_timer_cb __cb;
  uint64_t __timeout;
  uint64_t __repeat;
  uint64_t __start_id;
};

struct uv_prepare_s {
  UV_HANDLE_FIELDS
  uv_prepare_cb __cb;
};

struct uv_check_s {
  UV_HANDLE_FIELDS
  uv_check_cb __cb;
};

struct uv_idle_s {
  UV_HANDLE_FIELDS
  uv_idle_cb __cb;
};

struct uv_async_s {
  UV_HANDLE_FIELDS
  uv_async_cb __cb;
  int __pending;
};

struct uv_process_s {
  UV_HANDLE_FIELDS
  uv_exit_cb exit_cb;
  int procfd;
};

#define UV_REQ_FIELDS   \
  void *data;           \
  uv_req_type type;     \
  void *reserved[6];    \
  struct __uv_queue __node;

struct uv_req_s {
  UV_REQ_FIELDS
};

struct uv_write_s {
  UV_REQ_FIELDS
  uv_write_cb cb;
  uv_stream_t *send_handle;
  uv_stream_t *handle;
  uv_buf_t *__bufs;
  unsigned int __nbufs;
  unsigned int __index;
  int __error;
  int __handle_sent;
  uv_buf_t __small[4];
};

struct uv_shutdown_s {
  UV_REQ_FIELDS
  uv_stream_t *handle;
  uv_shutdown_cb cb;
  int __error;
};

struct uv_work_s {
  UV_REQ_FIELDS
  uv_loop_t *loop;
  uv_work_cb work_cb;
  uv_after_work_cb after_work_cb;
  struct __uv_work __work;
};

struct uv_fs_s {
  UV_REQ_FIELDS
  uv_fs_type fs_type;
  uv_loop_t *loop;
  uv_fs_cb cb;
  ssize_t result;
  uv_stat_t statbuf;
  uv_file __file;
  uv_file __out;
  uv_buf_t *__bufs;
  unsigned int __nbufs;
  int64_t __offset;
  size_t __length;
  double __atime;
  double __mtime;
  uv_buf_t __small[4];
  struct __uv_work __work;
};

struct uv_getaddrinfo_s {
  UV_REQ_FIELDS
  uv_loop_t *loop;
  struct addrinfo *addrinfo;
  uv_getaddrinfo_cb __cb;
  char *__host;
  char *__service;
  struct addrinfo *__hints;
  int __retcode;
  struct __uv_work __work;
};

struct uv_getnameinfo_s {
  UV_REQ_FIELDS
  uv_loop_t *loop;
  char host[NI_MAXHOST];
  char service[NI_MAXSERV];
  uv_getnameinfo_cb __cb;
  struct sockaddr_storage __addr;
  int __flags;
  int __retcode;
  struct __uv_work __work;
};

union uv_any_handle {
  uv_async_t async;
  uv_check_t check;
  uv_handle_t handle;
  uv_idle_t idle;
  uv_pipe_t pipe;
  uv_poll_t poll;
  uv_prepare_t prepare;
  uv_process_t process;
  uv_stream_t stream;
  uv_tcp_t tcp;
  uv_timer_t timer;
  uv_tty_t tty;
  uv_udp_t udp;
};

_CLOUDLIBC_BEGIN
// Versions and errors.
unsigned int uv_version(void);
const char *uv_version_string(void);
const char *uv_err_name(int);
const char *uv_strerror(int);
int uv_translate_sys_error(int);

// Loops.
int uv_loop_init(uv_loop_t *);
int uv_loop_close(uv_loop_t *);
size_t uv_loop_size(void);
int uv_loop_alive(const uv_loop_t *);
int uv_run(uv_loop_t *, uv_run_mode);
void uv_stop(uv_loop_t *);
int uv_backend_timeout(const uv_loop_t *);
uint64_t uv_now(const uv_loop_t *);
void uv_update_time(uv_loop_t *);
uint64_t uv_hrtime(void);
void uv_walk(uv_loop_t *, uv_walk_cb, void *);
void uv_print_all_handles(uv_loop_t *, FILE *);
void uv_print_active_handles(uv_loop_t *, FILE *);

// Handles and requests.
size_t uv_handle_size(uv_handle_type);
size_t uv_req_size(uv_req_type);
int uv_is_active(const uv_handle_t *);
int uv_is_closing(const uv_handle_t *);
void uv_close(uv_handle_t *, uv_close_cb);
void uv_ref(uv_handle_t *);
void uv_unref(uv_handle_t *);
int uv_has_ref(const uv_handle_t *);
int uv_fileno(const uv_handle_t *, uv_os_fd_t *);
int uv_cancel(uv_req_t *);
uv_buf_t uv_buf_init(char *, unsigned int);
uv_handle_type uv_guess_handle(uv_file);
uv_os_fd_t uv_get_osfhandle(int);

int uv_timer_init(uv_loop_t *, uv_timer_t *);
int uv_timer_start(uv_timer_t *, uv_timer_cb, uint64_t, uint64_t);
int uv_timer_stop(uv_timer_t *);
int uv_timer_again(uv_timer_t *);
void uv_timer_set_repeat(uv_timer_t *, uint64_t);
uint64_t uv_timer_get_repeat(const uv_timer_t *);

int uv_idle_init(uv_loop_t *, uv_idle_t *);
int uv_idle_start(uv_idle_t *, uv_idle_cb);
int uv_idle_stop(uv_idle_t *);
int uv_prepare_init(uv_loop_t *, uv_prepare_t *);
int uv_prepare_start(uv_prepare_t *, uv_prepare_cb);
int uv_prepare_stop(uv_prepare_t *);
int uv_check_init(uv_loop_t *, uv_check_t *);
int uv_check_start(uv_check_t *, uv_check_cb);
int uv_check_stop(uv_check_t *);
int uv_async_init(uv_loop_t *, uv_async_t *, uv_async_cb);
int uv_async_send(uv_async_t *);

int uv_poll_init(uv_loop_t *, uv_poll_t *, int);
int uv_poll_init_socket(uv_loop_t *, uv_poll_t *, uv_os_sock_t);
int uv_poll_start(uv_poll_t *, int, uv_poll_cb);
int uv_poll_stop(uv_poll_t *);

// Streams.
int uv_pipe_init(uv_loop_t *, uv_pipe_t *, int);
int uv_pipe_open(uv_pipe_t *, uv_file);
int uv_pipe_pending_count(uv_pipe_t *);
uv_handle_type uv_pipe_pending_type(uv_pipe_t *);
int uv_tcp_init(uv_loop_t *, uv_tcp_t *);
int uv_tcp_init_ex(uv_loop_t *, uv_tcp_t *, unsigned int);
int uv_tcp_open(uv_tcp_t *, uv_os_sock_t);
int uv_tty_init(uv_loop_t *, uv_tty_t *, uv_file, int);
int uv_tty_reset_mode(void);
int uv_accept(uv_stream_t *, uv_stream_t *);
int uv_read_start(uv_stream_t *, uv_alloc_cb, uv_read_cb);
int uv_read_stop(uv_stream_t *);
int uv_write(uv_write_t *, uv_stream_t *, const uv_buf_t[], unsigned int,
             uv_write_cb);
int uv_write2(uv_write_t *, uv_stream_t *, const uv_buf_t[], unsigned int,
              uv_stream_t *, uv_write_cb);
int uv_try_write(uv_stream_t *, const uv_buf_t[], unsigned int);
int uv_shutdown(uv_shutdown_t *, uv_stream_t *, uv_shutdown_cb);
int uv_is_readable(const uv_stream_t *);
int uv_is_writable(const uv_stream_t *);
int uv_stream_set_blocking(uv_stream_t *, int);

// UDP (receiving on a granted socket).
int uv_udp_init(uv_loop_t *, uv_udp_t *);
int uv_udp_init_ex(uv_loop_t *, uv_udp_t *, unsigned int);
int uv_udp_open(uv_udp_t *, uv_os_sock_t);
int uv_udp_recv_start(uv_udp_t *, uv_alloc_cb, uv_udp_recv_cb);
int uv_udp_recv_stop(uv_udp_t *);

// Processes (see program_spawn in <program.h>).
int uv_process_kill(uv_process_t *, int);
void uv_disable_stdio_inheritance(void);

// Thread pool and file system requests on descriptors.
int uv_queue_work(uv_loop_t *, uv_work_t *, uv_work_cb, uv_after_work_cb);
void uv_fs_req_cleanup(uv_fs_t *);
int uv_fs_close(uv_loop_t *, uv_fs_t *, uv_file, uv_fs_cb);
int uv_fs_read(uv_loop_t *, uv_fs_t *, uv_file, const uv_buf_t[],
               unsigned int, int64_t, uv_fs_cb);
int uv_fs_write(uv_loop_t *, uv_fs_t *, uv_file, const uv_buf_t[],
                unsigned int, int64_t, uv_fs_cb);
int uv_fs_fstat(uv_loop_t *, uv_fs_t *, uv_file, uv_fs_cb);
int uv_fs_fsync(uv_loop_t *, uv_fs_t *, uv_file, uv_fs_cb);
int uv_fs_fdatasync(uv_loop_t *, uv_fs_t *, uv_file, uv_fs_cb);
int uv_fs_ftruncate(uv_loop_t *, uv_fs_t *, uv_file, int64_t, uv_fs_cb);
int uv_fs_sendfile(uv_loop_t *, uv_fs_t *, uv_file, uv_file, int64_t, size_t,
                   uv_fs_cb);
int uv_fs_futime(uv_loop_t *, uv_fs_t *, uv_file, double, double, uv_fs_cb);

// Addresses and resolution (numeric only).
int uv_getaddrinfo(uv_loop_t *, uv_getaddrinfo_t *, uv_getaddrinfo_cb,
                   const char *, const char *, const struct addrinfo *);
void uv_freeaddrinfo(struct addrinfo *);
int uv_getnameinfo(uv_loop_t *, uv_getnameinfo_t *, uv_getnameinfo_cb,
                   const struct sockaddr *, int);
int uv_ip4_addr(const char *, int, struct sockaddr_in *);
int uv_ip6_addr(const char *, int, struct sockaddr_in6 *);
int uv_ip4_name(const struct sockaddr_in *, char *, size_t);
int uv_ip6_name(const struct sockaddr_in6 *, char *, size_t);
int uv_inet_ntop(int, const void *, char *, size_t);
int uv_inet_pton(int, const char *, void *);
int uv_if_indextoname(unsigned int, char *, size_t *);
int uv_if_indextoiid(unsigned int, char *, size_t *);

// Miscellaneous.
int uv_getrusage(uv_rusage_t *);
int uv_os_getenv(const char *, char *, size_t *);

// Threads and synchronization.
int uv_thread_create(uv_thread_t *, uv_thread_cb, void *);
uv_thread_t uv_thread_self(void);
int uv_thread_join(uv_thread_t *);
int uv_thread_equal(const uv_thread_t *, const uv_thread_t *);
int uv_mutex_init(uv_mutex_t *);
int uv_mutex_init_recursive(uv_mutex_t *);
void uv_mutex_destroy(uv_mutex_t *);
void uv_mutex_lock(uv_mutex_t *);
int uv_mutex_trylock(uv_mutex_t *);
void uv_mutex_unlock(uv_mutex_t *);
int uv_rwlock_init(uv_rwlock_t *);
void uv_rwlock_destroy(uv_rwlock_t *);
void uv_rwlock_rdlock(uv_rwlock_t *);
int uv_rwlock_tryrdlock(uv_rwlock_t *);
void uv_rwlock_rdunlock(uv_rwlock_t *);
void uv_rwlock_wrlock(uv_rwlock_t *);
int uv_rwlock_trywrlock(uv_rwlock_t *);
void uv_rwlock_wrunlock(uv_rwlock_t *);
int uv_sem_init(uv_sem_t *, unsigned int);
void uv_sem_destroy(uv_sem_t *);
void uv_sem_post(uv_sem_t *);
void uv_sem_wait(uv_sem_t *);
int uv_sem_trywait(uv_sem_t *);
int uv_cond_init(uv_cond_t *);
void uv_cond_destroy(uv_cond_t *);
void uv_cond_signal(uv_cond_t *);
void uv_cond_broadcast(uv_cond_t *);
void uv_cond_wait(uv_cond_t *, uv_mutex_t *);
int uv_cond_timedwait(uv_cond_t *, uv_mutex_t *, uint64_t);
int uv_barrier_init(uv_barrier_t *, unsigned int);
void uv_barrier_destroy(uv_barrier_t *);
int uv_barrier_wait(uv_barrier_t *);
int uv_key_create(uv_key_t *);
void uv_key_delete(uv_key_t *);
void *uv_key_get(uv_key_t *);
void uv_key_set(uv_key_t *, void *);
void uv_once(uv_once_t *, void (*)(void));
_CLOUDLIBC_END

#endif
