#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

// Rights requested for the new descriptor.  A read-only open must not ask
// for anything that implies writing (FD_DATASYNC, FILE_ALLOCATE,
// FILE_STAT_FPUT_SIZE), or the file would be opened for writing.
#define RIGHTS_READ                                                        \
  (CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FD_SEEK | CLOUDABI_RIGHT_FD_TELL | \
   CLOUDABI_RIGHT_FILE_STAT_FGET | CLOUDABI_RIGHT_POLL_FD_READWRITE |       \
   CLOUDABI_RIGHT_FILE_ADVISE | CLOUDABI_RIGHT_FD_STAT_PUT_FLAGS)
#define RIGHTS_WRITE                                                           \
  (CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FD_SEEK | CLOUDABI_RIGHT_FD_TELL |   \
   CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_SYNC |                        \
   CLOUDABI_RIGHT_FILE_STAT_FGET | CLOUDABI_RIGHT_FILE_ALLOCATE |               \
   CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE | CLOUDABI_RIGHT_FILE_STAT_FPUT_TIMES |   \
   CLOUDABI_RIGHT_POLL_FD_READWRITE | CLOUDABI_RIGHT_FILE_ADVISE |              \
   CLOUDABI_RIGHT_FD_STAT_PUT_FLAGS)

FILE *fopenat(int dirfd, const char *restrict path, const char *restrict mode) {
  int flags = __stdio_mode(mode);
  if (flags < 0) {
    errno = EINVAL;
    return NULL;
  }
  // Ask for what the directory can hand out; only reading or writing
  // themselves are indispensable.
  cloudabi_fdstat_t dir;
  cloudabi_errno_t err = cloudabi_sys_fd_stat_get((cloudabi_fd_t)dirfd, &dir);
  if (err != 0) {
    errno = err;
    return NULL;
  }
  cloudabi_rights_t needed = 0, wanted = 0;
  if (!(flags & F_NORD)) {
    needed |= CLOUDABI_RIGHT_FD_READ;
    wanted |= RIGHTS_READ;
  }
  if (!(flags & F_NOWR)) {
    needed |= CLOUDABI_RIGHT_FD_WRITE;
    wanted |= RIGHTS_WRITE;
  }
  if ((dir.fs_rights_inheriting & needed) != needed) {
    errno = ENOTCAPABLE;
    return NULL;
  }
  cloudabi_oflags_t oflags = 0;
  if (flags & MODE_CREAT)
    oflags |= CLOUDABI_O_CREAT;
  if (flags & MODE_TRUNC)
    oflags |= CLOUDABI_O_TRUNC;
  if (flags & MODE_EXCL)
    oflags |= CLOUDABI_O_EXCL;
  cloudabi_fdstat_t fds = {
      .fs_flags = (flags & F_APPEND) ? CLOUDABI_FDFLAG_APPEND : 0,
      .fs_rights_base = wanted & dir.fs_rights_inheriting,
      .fs_rights_inheriting = 0,
  };
  cloudabi_lookup_t lookup = {.fd = (cloudabi_fd_t)dirfd,
                              .flags = CLOUDABI_LOOKUP_SYMLINK_FOLLOW};
  cloudabi_fd_t fd;
  err = cloudabi_sys_file_open(lookup, path, strlen(path), oflags, &fds, &fd);
  if (err != 0) {
    errno = err;
    return NULL;
  }
  FILE *f = __stdio_new(&__stdio_fd_ops, (int)fd, (unsigned)flags);
  if (f == NULL) {
    cloudabi_sys_fd_close(fd);
    return NULL;
  }
  cloudabi_fdstat_t st;
  if (cloudabi_sys_fd_stat_get(fd, &st) == 0 &&
      st.fs_filetype == CLOUDABI_FILETYPE_CHARACTER_DEVICE)
    f->s.bufmode = _IOLBF;
  return f;
}
