#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/capsicum.h>

// Sets exactly these rights; the runtime refuses (ENOTCAPABLE) to add any.
int cap_rights_limit_explicit(int fd, const cap_rights_t *base,
                              const cap_rights_t *inheriting) {
  cloudabi_fdstat_t st = {.fs_rights_base = base->__rights,
                          .fs_rights_inheriting = inheriting->__rights};
  cloudabi_errno_t error =
      cloudabi_sys_fd_stat_put((cloudabi_fd_t)fd, &st, CLOUDABI_FDSTAT_RIGHTS);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
