#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

int symlinkat(const char *target, int fd, const char *path) {
  // The target is stored as given; it is only resolved (beneath a
  // directory descriptor) when the link is followed.
  cloudabi_errno_t error = cloudabi_sys_file_symlink(target, strlen(target), (cloudabi_fd_t)fd,
                                                     path, strlen(path));
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
