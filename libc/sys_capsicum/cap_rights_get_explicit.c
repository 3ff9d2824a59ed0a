#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stddef.h>
#include <sys/capsicum.h>

int cap_rights_get_explicit(int fd, cap_rights_t *base, cap_rights_t *inheriting) {
  cloudabi_fdstat_t st;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st);
  if (error != 0) {
    errno = error;
    return -1;
  }
  if (base != NULL)
    base->__rights = st.fs_rights_base;
  if (inheriting != NULL)
    inheriting->__rights = st.fs_rights_inheriting;
  return 0;
}
