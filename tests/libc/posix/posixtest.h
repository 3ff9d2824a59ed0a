// Helpers shared by the POSIX tests.
#ifndef TESTS_LIBC_POSIX_POSIXTEST_H
#define TESTS_LIBC_POSIX_POSIXTEST_H

#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

// A fresh subdirectory of the test's temporary directory, opened.
static inline int make_dir(const char *name) {
  if (mkdirat(test_tmpdir(), name, 0755) != 0)
    return -1;
  return openat(test_tmpdir(), name, O_RDONLY | O_DIRECTORY);
}

// Creates `name` beneath `dir` holding `text`.
static inline int make_file(int dir, const char *name, const char *text) {
  int fd = openat(dir, name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    return -1;
  size_t len = strlen(text);
  ssize_t n = write(fd, text, len);
  close(fd);
  return n == (ssize_t)len ? 0 : -1;
}

// Keeps only the rights in `base` and `inheriting` on fd.
static inline int limit_rights(int fd, cloudabi_rights_t base, cloudabi_rights_t inheriting) {
  cloudabi_fdstat_t fds;
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) != 0)
    return -1;
  fds.fs_rights_base &= base;
  fds.fs_rights_inheriting &= inheriting;
  return cloudabi_sys_fd_stat_put((cloudabi_fd_t)fd, &fds, CLOUDABI_FDSTAT_RIGHTS) == 0 ? 0 : -1;
}

static inline cloudabi_rights_t rights_of(int fd) {
  cloudabi_fdstat_t fds;
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) != 0)
    return 0;
  return fds.fs_rights_base;
}

static inline cloudabi_rights_t inheriting_of(int fd) {
  cloudabi_fdstat_t fds;
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) != 0)
    return 0;
  return fds.fs_rights_inheriting;
}

// Whether fd is an open descriptor.
static inline int is_open(int fd) {
  cloudabi_fdstat_t fds;
  return cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) == 0;
}

#define ASSERT_ERRNO(call, err)  \
  do {                           \
    errno = 0;                   \
    ASSERT_EQ((call), -1);       \
    ASSERT_EQ(errno, (err));     \
  } while (0)

#endif
