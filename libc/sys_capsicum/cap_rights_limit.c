#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/capsicum.h>

int cap_rights_limit(int fd, const cap_rights_t *rights) {
  cloudabi_fdstat_t st;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st);
  if (error == 0) {
    // Rights can only be dropped: keep those asked for that the descriptor
    // has, for itself and for what is opened through it.
    st.fs_rights_base &= rights->__rights;
    st.fs_rights_inheriting &= rights->__rights;
    error = cloudabi_sys_fd_stat_put((cloudabi_fd_t)fd, &st, CLOUDABI_FDSTAT_RIGHTS);
  }
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
