#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

int getsockopt(int socket, int level, int option_name, void *restrict option_value,
               socklen_t *restrict option_len) {
  cloudabi_fdstat_t fds;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)socket, &fds);
  if (error != 0) {
    errno = error;
    return -1;
  }
  if (fds.fs_filetype != CLOUDABI_FILETYPE_SOCKET_STREAM &&
      fds.fs_filetype != CLOUDABI_FILETYPE_SOCKET_DGRAM) {
    errno = ENOTSOCK;
    return -1;
  }
  if (level != SOL_SOCKET) {
    errno = ENOPROTOOPT;
    return -1;
  }
  int value;
  switch (option_name) {
    case SO_TYPE:
      value = fds.fs_filetype;  // SOCK_* equal the file types
      break;
    case SO_ERROR:
      // Errors are reported by the calls that meet them; none is pending.
      value = 0;
      break;
    default:
      errno = ENOPROTOOPT;
      return -1;
  }
  if (*option_len < sizeof(value)) {
    errno = EINVAL;
    return -1;
  }
  memcpy(option_value, &value, sizeof(value));
  *option_len = sizeof(value);
  return 0;
}
