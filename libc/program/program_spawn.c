#include <cloudabi_syscalls.h>
#include <errno.h>
#include <program.h>

#include "libc_fork.h"
#include "program_spawn.h"

// Writes the whole buffer, retrying short writes.
static void write_all(cloudabi_fd_t fd, const void *buf, size_t len) {
  const char *p = buf;
  while (len > 0) {
    cloudabi_ciovec_t iov = {.buf = p, .buf_len = len};
    size_t n;
    if (cloudabi_sys_fd_write(fd, &iov, 1, &n) != 0 || n == 0)
      return;
    p += n;
    len -= n;
  }
}

// Reads up to len bytes until end of file; returns how many arrived.
static size_t read_all(cloudabi_fd_t fd, void *buf, size_t len) {
  char *p = buf;
  size_t total = 0;
  while (total < len) {
    cloudabi_iovec_t iov = {.buf = p + total, .buf_len = len - total};
    size_t n;
    if (cloudabi_sys_fd_read(fd, &iov, 1, &n) != 0 || n == 0)
      break;
    total += n;
  }
  return total;
}

int program_spawn(int fd, const argdata_t *ad, int *procfd) {
  // Everything that allocates happens in the parent; the child only execs.
  struct program_image image;
  int error = __program_image_build(ad, &image);
  if (error != 0)
    return error;
  // The child reports a failed exec over this socket pair.  A successful
  // exec closes the child's end (only the configuration's descriptors
  // survive), so the parent then reads end of file.
  cloudabi_fd_t report_read, report_write;
  cloudabi_errno_t e =
      cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &report_read, &report_write);
  if (e != 0) {
    __program_image_free(&image);
    return e;
  }

  cloudabi_fd_t proc;
  cloudabi_tid_t tid;
  __libc_fork_prepare();
  e = cloudabi_sys_proc_fork(&proc, &tid);
  if (e == 0 && proc == CLOUDABI_PROCESS_CHILD) {
    __libc_fork_child(tid);
    cloudabi_sys_fd_close(report_read);
    cloudabi_errno_t exec_error =
        cloudabi_sys_proc_exec((cloudabi_fd_t)fd, image.data, image.len, image.fds, image.nfds);
    int reported = __program_exec_errno(fd, exec_error);
    write_all(report_write, &reported, sizeof(reported));
    cloudabi_sys_proc_exit(127);
  }
  __libc_fork_parent();
  cloudabi_sys_fd_close(report_write);
  __program_image_free(&image);
  if (e != 0) {
    cloudabi_sys_fd_close(report_read);
    return e;
  }

  int reported;
  size_t got = read_all(report_read, &reported, sizeof(reported));
  cloudabi_sys_fd_close(report_read);
  if (got == sizeof(reported)) {
    // The child has exited; closing its descriptor reaps it.
    int status;
    program_wait((int)proc, &status, NULL);
    cloudabi_sys_fd_close(proc);
    return reported != 0 ? reported : EIO;
  }
  *procfd = (int)proc;
  return 0;
}
