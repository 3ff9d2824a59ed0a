// Shared helpers of the runtime system-call tests.
#ifndef TESTS_RUNTIME_SYS_TEST_H
#define TESTS_RUNTIME_SYS_TEST_H

#include <cloudabi_syscalls.h>
#include <string.h>

// Opens (creating if asked) `path` beneath dir with the given rights.
static inline cloudabi_errno_t sys_test_open(cloudabi_fd_t dir, const char *path,
                                             cloudabi_oflags_t oflags, cloudabi_rights_t base,
                                             cloudabi_rights_t inheriting, cloudabi_fd_t *fd) {
  cloudabi_fdstat_t fds = {.fs_rights_base = base, .fs_rights_inheriting = inheriting};
  cloudabi_lookup_t at = {.fd = dir, .flags = CLOUDABI_LOOKUP_SYMLINK_FOLLOW};
  return cloudabi_sys_file_open(at, path, strlen(path), oflags, &fds, fd);
}

static inline cloudabi_errno_t sys_test_write(cloudabi_fd_t fd, const char *s, size_t *n) {
  cloudabi_ciovec_t iov = {.buf = s, .buf_len = strlen(s)};
  return cloudabi_sys_fd_write(fd, &iov, 1, n);
}

static inline cloudabi_errno_t sys_test_read(cloudabi_fd_t fd, void *buf, size_t len, size_t *n) {
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = len};
  return cloudabi_sys_fd_read(fd, &iov, 1, n);
}

#define RW_FILE_RIGHTS                                                              \
  (CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FD_SEEK |       \
   CLOUDABI_RIGHT_FD_TELL | CLOUDABI_RIGHT_FILE_STAT_FGET |                          \
   CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE | CLOUDABI_RIGHT_FILE_STAT_FPUT_TIMES |        \
   CLOUDABI_RIGHT_FILE_ALLOCATE | CLOUDABI_RIGHT_FILE_ADVISE | CLOUDABI_RIGHT_MEM_MAP | \
   CLOUDABI_RIGHT_FD_SYNC | CLOUDABI_RIGHT_FD_DATASYNC)

#endif
