#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

int close(int fd) {
  cloudabi_errno_t error = cloudabi_sys_fd_close((cloudabi_fd_t)fd);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
