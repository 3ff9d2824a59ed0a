#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/capsicum.h>

int cap_rights_get(int fd, cap_rights_t *rights) {
  cloudabi_fdstat_t st;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st);
  if (error != 0) {
    errno = error;
    return -1;
  }
  rights->__rights = st.fs_rights_base;
  return 0;
}
