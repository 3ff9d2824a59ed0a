#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/socket.h>

int shutdown(int socket, int how) {
  // SHUT_* equal CloudABI's sdflags.
  if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_errno_t error = cloudabi_sys_sock_shutdown((cloudabi_fd_t)socket, (cloudabi_sdflags_t)how);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
