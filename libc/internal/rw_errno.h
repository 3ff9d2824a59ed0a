// Internal: the errno of a failed read/write-family call.  POSIX has no
// ENOTCAPABLE there: a descriptor without the right to read or write is
// "not open for reading/writing" (EBADF), and one that cannot seek is a
// pipe or socket to positioned I/O (ESPIPE).
#ifndef LIBC_INTERNAL_RW_ERRNO_H
#define LIBC_INTERNAL_RW_ERRNO_H

#include <cloudabi_syscalls.h>
#include <errno.h>

static inline int rw_errno(cloudabi_errno_t error) {
  return error == ENOTCAPABLE ? EBADF : error;
}

// For pread/pwrite/preadv/pwritev, which need `right` and FD_SEEK.
static inline int rw_errno_positioned(int fd, cloudabi_errno_t error, cloudabi_rights_t right) {
  if (error != ENOTCAPABLE)
    return error;
  cloudabi_fdstat_t fds;
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) != 0 ||
      (fds.fs_rights_base & right) == 0)
    return EBADF;
  return ESPIPE;
}

#endif
