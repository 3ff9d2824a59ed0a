#include <cloudabi_syscalls.h>
#include <errno.h>
#include <unistd.h>

// A pipe is a connected stream socket pair made one-way: each end has the
// unused direction shut down and loses the right to use it, so writing to
// fd[0] or reading from fd[1] fails with EBADF as for a real pipe.
static cloudabi_errno_t make_one_way(cloudabi_fd_t fd, cloudabi_sdflags_t how,
                                     cloudabi_rights_t drop) {
  cloudabi_errno_t error = cloudabi_sys_sock_shutdown(fd, how);
  if (error != 0)
    return error;
  cloudabi_fdstat_t fds;
  error = cloudabi_sys_fd_stat_get(fd, &fds);
  if (error != 0)
    return error;
  fds.fs_rights_base &= ~drop;
  return cloudabi_sys_fd_stat_put(fd, &fds, CLOUDABI_FDSTAT_RIGHTS);
}

int pipe(int fd[2]) {
  cloudabi_fd_t r, w;
  cloudabi_errno_t error = cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &r, &w);
  if (error != 0) {
    errno = error;
    return -1;
  }
  error = make_one_way(r, CLOUDABI_SHUT_WR, CLOUDABI_RIGHT_FD_WRITE);
  if (error == 0)
    error = make_one_way(w, CLOUDABI_SHUT_RD, CLOUDABI_RIGHT_FD_READ);
  if (error != 0) {
    cloudabi_sys_fd_close(r);
    cloudabi_sys_fd_close(w);
    errno = error;
    return -1;
  }
  fd[0] = (int)r;
  fd[1] = (int)w;
  return 0;
}
