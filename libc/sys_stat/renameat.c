// renameat() is declared by <stdio.h>; it lives here with the other
// directory-entry operations.
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

int renameat(int oldfd, const char *old, int newfd, const char *new) {
  cloudabi_errno_t error = cloudabi_sys_file_rename((cloudabi_fd_t)oldfd, old, strlen(old),
                                                    (cloudabi_fd_t)newfd, new, strlen(new));
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
