#include <errno.h>
#include <string.h>

// Messages indexed by CloudABI error number (see <errno.h>).
static const char *const messages[ELAST + 1] = {
    [0] = "Success",
    [E2BIG] = "Argument list too long",
    [EACCES] = "Permission denied",
    [EADDRINUSE] = "Address in use",
    [EADDRNOTAVAIL] = "Address not available",
    [EAFNOSUPPORT] = "Address family not supported",
    [EAGAIN] = "Resource temporarily unavailable",
    [EALREADY] = "Operation already in progress",
    [EBADF] = "Bad file descriptor",
    [EBADMSG] = "Bad message",
    [EBUSY] = "Device or resource busy",
    [ECANCELED] = "Operation canceled",
    [ECHILD] = "No child process",
    [ECONNABORTED] = "Connection aborted",
    [ECONNREFUSED] = "Connection refused",
    [ECONNRESET] = "Connection reset by peer",
    [EDEADLK] = "Resource deadlock would occur",
    [EDESTADDRREQ] = "Destination address required",
    [EDOM] = "Domain error",
    [EDQUOT] = "Quota exceeded",
    [EEXIST] = "File exists",
    [EFAULT] = "Bad address",
    [EFBIG] = "File too large",
    [EHOSTUNREACH] = "Host is unreachable",
    [EIDRM] = "Identifier removed",
    [EILSEQ] = "Illegal byte sequence",
    [EINPROGRESS] = "Operation in progress",
    [EINTR] = "Interrupted system call",
    [EINVAL] = "Invalid argument",
    [EIO] = "I/O error",
    [EISCONN] = "Socket is connected",
    [EISDIR] = "Is a directory",
    [ELOOP] = "Symbolic link loop",
    [EMFILE] = "Too many open files",
    [EMLINK] = "Too many links",
    [EMSGSIZE] = "Message too large",
    [EMULTIHOP] = "Multihop attempted",
    [ENAMETOOLONG] = "Filename too long",
    [ENETDOWN] = "Network is down",
    [ENETRESET] = "Connection reset by network",
    [ENETUNREACH] = "Network unreachable",
    [ENFILE] = "Too many open files in system",
    [ENOBUFS] = "No buffer space available",
    [ENODEV] = "No such device",
    [ENOENT] = "No such file or directory",
    [ENOEXEC] = "Executable format error",
    [ENOLCK] = "No locks available",
    [ENOLINK] = "Link has been severed",
    [ENOMEM] = "Out of memory",
    [ENOMSG] = "No message of desired type",
    [ENOPROTOOPT] = "Protocol not available",
    [ENOSPC] = "No space left on device",
    [ENOSYS] = "Function not implemented",
    [ENOTCONN] = "Socket not connected",
    [ENOTDIR] = "Not a directory",
    [ENOTEMPTY] = "Directory not empty",
    [ENOTRECOVERABLE] = "State not recoverable",
    [ENOTSOCK] = "Not a socket",
    [ENOTSUP] = "Not supported",
    [ENOTTY] = "Not a tty",
    [ENXIO] = "No such device or address",
    [EOVERFLOW] = "Value too large for data type",
    [EOWNERDEAD] = "Previous owner died",
    [EPERM] = "Operation not permitted",
    [EPIPE] = "Broken pipe",
    [EPROTO] = "Protocol error",
    [EPROTONOSUPPORT] = "Protocol not supported",
    [EPROTOTYPE] = "Protocol wrong type for socket",
    [ERANGE] = "Result not representable",
    [EROFS] = "Read-only file system",
    [ESPIPE] = "Invalid seek",
    [ESRCH] = "No such process",
    [ESTALE] = "Stale file handle",
    [ETIMEDOUT] = "Operation timed out",
    [ETXTBSY] = "Text file busy",
    [EXDEV] = "Cross-device link",
    [ENOTCAPABLE] = "Capabilities insufficient",
};

// Unknown numbers get "Unknown error: N", built in a per-thread buffer so
// that threads do not overwrite each other's message.
char *strerror(int errnum) {
  if (errnum >= 0 && errnum <= ELAST && messages[errnum] != NULL)
    return (char *)messages[errnum];

  static _Thread_local char buf[sizeof("Unknown error: -2147483648")];
  static const char prefix[] = "Unknown error: ";
  char digits[12];
  size_t nd = 0;
  unsigned int v = errnum < 0 ? 0u - (unsigned int)errnum : (unsigned int)errnum;
  do {
    digits[nd++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  char *p = buf;
  for (size_t i = 0; i < sizeof(prefix) - 1; ++i)
    *p++ = prefix[i];
  if (errnum < 0)
    *p++ = '-';
  while (nd > 0)
    *p++ = digits[--nd];
  *p = '\0';
  return buf;
}
