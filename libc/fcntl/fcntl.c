#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>

#include "fd_rights.h"

// The largest descriptor number F_DUPFD can be asked for (sysconf
// _SC_OPEN_MAX is the same limit).
#define DUPFD_LIMIT (1 << 20)

// Duplicates `fd` onto a number >= `min`.  Numbers cannot be chosen, so
// the copies that come out lower are kept open until a high enough one
// appears, then closed again.  With lowest-first allocation this yields
// the lowest free number >= min, after at most min extra copies.
static int dup_at_least(int fd, int min) {
  if (min < 0 || min >= DUPFD_LIMIT) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_fd_t *low = NULL;
  size_t nlow = 0, cap = 0;
  int result = -1;
  for (;;) {
    cloudabi_fd_t copy;
    cloudabi_errno_t error = cloudabi_sys_fd_dup((cloudabi_fd_t)fd, &copy);
    if (error != 0) {
      errno = error;
      break;
    }
    if (copy >= (cloudabi_fd_t)min) {
      result = (int)copy;
      break;
    }
    if (nlow == cap) {
      cap = cap == 0 ? 16 : cap * 2;
      cloudabi_fd_t *grown = realloc(low, cap * sizeof(*low));
      if (grown == NULL) {
        cloudabi_sys_fd_close(copy);
        errno = ENOMEM;
        break;
      }
      low = grown;
    }
    low[nlow++] = copy;
  }
  for (size_t i = 0; i < nlow; i++)
    cloudabi_sys_fd_close(low[i]);
  free(low);
  return result;
}

int fcntl(int fd, int cmd, ...) {
  switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
      va_list ap;
      va_start(ap, cmd);
      int min = va_arg(ap, int);
      va_end(ap);
      return dup_at_least(fd, min);
    }
    case F_GETFD:
    case F_SETFD:
    case F_GETFL: {
      cloudabi_fdstat_t fds;
      cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
      if (error != 0) {
        errno = error;
        return -1;
      }
      // Descriptors never survive program_exec() unless passed on
      // explicitly: they are all close-on-exec, and that cannot change.
      if (cmd == F_GETFD)
        return FD_CLOEXEC;
      if (cmd == F_SETFD)
        return 0;
      int oflag = fd_oflag_from_flags(fds.fs_flags);
      bool r = (fds.fs_rights_base & FD_RIGHTS_READ) != 0;
      bool w = (fds.fs_rights_base & CLOUDABI_RIGHT_FD_WRITE) != 0;
      if (r && w)
        oflag |= O_RDWR;
      else if (r)
        oflag |= O_RDONLY;
      else if (w)
        oflag |= O_WRONLY;
      else if (fds.fs_filetype == CLOUDABI_FILETYPE_DIRECTORY)
        oflag |= O_SEARCH;
      else
        oflag |= O_EXEC;
      return oflag;
    }
    case F_SETFL: {
      va_list ap;
      va_start(ap, cmd);
      int arg = va_arg(ap, int);
      va_end(ap);
      // Only O_APPEND and O_NONBLOCK change; the synchronisation flags the
      // descriptor has are kept.
      cloudabi_fdstat_t fds;
      cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
      if (error == 0) {
        fds.fs_flags &= ~(CLOUDABI_FDFLAG_APPEND | CLOUDABI_FDFLAG_NONBLOCK);
        fds.fs_flags |= fd_flags_from_oflag(arg & (O_APPEND | O_NONBLOCK));
        error = cloudabi_sys_fd_stat_put((cloudabi_fd_t)fd, &fds, CLOUDABI_FDSTAT_FLAGS);
      }
      if (error != 0) {
        errno = error;
        return -1;
      }
      return 0;
    }
    default:
      errno = EINVAL;
      return -1;
  }
}
