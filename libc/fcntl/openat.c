#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include "fd_rights.h"

#define KNOWN_OFLAGS                                                              \
  (O_ACCMODE | O_APPEND | O_CREAT | O_DIRECTORY | O_EXCL | O_NOFOLLOW | O_NONBLOCK | \
   O_SYNC | O_DSYNC | O_RSYNC | O_TRUNC | O_CLOEXEC | O_NOCTTY)

int openat(int fd, const char *path, int oflag, ...) {
  // The mode argument that may follow is not read: there are no permission
  // bits to apply.
  bool reading, writing;
  cloudabi_rights_t max;
  if ((oflag & ~KNOWN_OFLAGS) != 0 ||
      !fd_rights_for_accmode(oflag & O_ACCMODE, &reading, &writing, &max)) {
    errno = EINVAL;
    return -1;
  }

  // The new descriptor may get at most what the directory passes on.
  cloudabi_fdstat_t dir;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &dir);
  if (error != 0) {
    errno = error;
    return -1;
  }
  cloudabi_rights_t inheriting = dir.fs_rights_inheriting;
  // Fail early, before O_CREAT or O_TRUNC change anything, when the access
  // mode cannot be granted at all.
  if ((reading && (inheriting & FD_RIGHTS_READ) == 0) ||
      (writing && (inheriting & CLOUDABI_RIGHT_FD_WRITE) == 0)) {
    errno = ENOTCAPABLE;
    return -1;
  }

  cloudabi_oflags_t oflags = 0;
  if (oflag & O_CREAT)
    oflags |= CLOUDABI_O_CREAT;
  if (oflag & O_DIRECTORY)
    oflags |= CLOUDABI_O_DIRECTORY;
  if (oflag & O_EXCL)
    oflags |= CLOUDABI_O_EXCL;
  if (oflag & O_TRUNC)
    oflags |= CLOUDABI_O_TRUNC;
  cloudabi_fdstat_t want = {
      .fs_flags = fd_flags_from_oflag(oflag),
      .fs_rights_base = max & inheriting,
      .fs_rights_inheriting = inheriting,
  };
  cloudabi_lookup_t lookup = {
      .fd = (cloudabi_fd_t)fd,
      .flags = (oflag & O_NOFOLLOW) ? 0 : CLOUDABI_LOOKUP_SYMLINK_FOLLOW,
  };
  cloudabi_fd_t newfd;
  error = cloudabi_sys_file_open(lookup, path, strlen(path), oflags, &want, &newfd);
  if (error != 0) {
    errno = error;
    return -1;
  }

  // When the directory passes on only one of FD_READ and FILE_READDIR, the
  // type of what was opened decides whether reading was granted.
  if (reading && (inheriting & FD_RIGHTS_READ) != FD_RIGHTS_READ) {
    cloudabi_fdstat_t got;
    error = cloudabi_sys_fd_stat_get(newfd, &got);
    cloudabi_rights_t need = got.fs_filetype == CLOUDABI_FILETYPE_DIRECTORY
                                 ? CLOUDABI_RIGHT_FILE_READDIR
                                 : CLOUDABI_RIGHT_FD_READ;
    if (error == 0 && (got.fs_rights_base & need) == 0)
      error = ENOTCAPABLE;
    if (error != 0) {
      cloudabi_sys_fd_close(newfd);
      errno = error;
      return -1;
    }
  }
  return (int)newfd;
}
