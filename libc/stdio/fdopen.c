#include <cloudabi_syscalls.h>
#include <errno.h>

#include "stdio_impl.h"

FILE *fdopen(int fd, const char *mode) {
  int flags = __stdio_mode(mode);
  if (flags < 0) {
    errno = EINVAL;
    return NULL;
  }
  cloudabi_fdstat_t st;
  cloudabi_errno_t err = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st);
  if (err != 0) {
    errno = err;
    return NULL;
  }
  if ((flags & F_APPEND) && !(st.fs_flags & CLOUDABI_FDFLAG_APPEND)) {
    // Prefer the descriptor's own append mode; without the right to set it,
    // start at the end.
    cloudabi_fdstat_t put = st;
    put.fs_flags |= CLOUDABI_FDFLAG_APPEND;
    if (cloudabi_sys_fd_stat_put((cloudabi_fd_t)fd, &put, CLOUDABI_FDSTAT_FLAGS) != 0) {
      cloudabi_filesize_t pos;
      cloudabi_sys_fd_seek((cloudabi_fd_t)fd, 0, CLOUDABI_WHENCE_END, &pos);
    }
  }
  FILE *f = __stdio_new(&__stdio_fd_ops, fd, (unsigned)flags);
  if (f == NULL)
    return NULL;
  if (st.fs_filetype == CLOUDABI_FILETYPE_CHARACTER_DEVICE)
    f->s.bufmode = _IOLBF;
  return f;
}
