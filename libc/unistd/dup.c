#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int dup(int fd) {
  cloudabi_fd_t newfd;
  cloudabi_errno_t error = cloudabi_sys_fd_dup((cloudabi_fd_t)fd, &newfd);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return (int)newfd;
}
