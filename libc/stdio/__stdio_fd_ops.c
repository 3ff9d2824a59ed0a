// The backend of streams on a descriptor.
#include <cloudabi_syscalls.h>
#include <errno.h>

#include "stdio_impl.h"

static ptrdiff_t fd_read(FILE *f, void *buf, size_t n) {
  if (f->s.fd < 0) {
    errno = EBADF;
    return -1;
  }
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = n};
  size_t nread;
  cloudabi_errno_t err = cloudabi_sys_fd_read((cloudabi_fd_t)f->s.fd, &iov, 1, &nread);
  if (err != 0) {
    errno = err;
    return -1;
  }
  return (ptrdiff_t)nread;
}

static ptrdiff_t fd_write(FILE *f, const void *buf, size_t n) {
  if (f->s.fd < 0) {
    errno = EBADF;
    return -1;
  }
  cloudabi_ciovec_t iov = {.buf = buf, .buf_len = n};
  size_t written;
  cloudabi_errno_t err = cloudabi_sys_fd_write((cloudabi_fd_t)f->s.fd, &iov, 1, &written);
  if (err != 0) {
    errno = err;
    return -1;
  }
  if (written == 0 && n > 0) {
    errno = EIO;
    return -1;
  }
  return (ptrdiff_t)written;
}

static int fd_seek(FILE *f, off_t offset, int whence, off_t *pos) {
  if (f->s.fd < 0)
    return EBADF;
  cloudabi_whence_t w;
  switch (whence) {
    case SEEK_SET: w = CLOUDABI_WHENCE_SET; break;
    case SEEK_CUR: w = CLOUDABI_WHENCE_CUR; break;
    case SEEK_END: w = CLOUDABI_WHENCE_END; break;
    default: return EINVAL;
  }
  cloudabi_filesize_t newoffset;
  cloudabi_errno_t err = cloudabi_sys_fd_seek((cloudabi_fd_t)f->s.fd, offset, w, &newoffset);
  if (err != 0)
    return err;
  *pos = (off_t)newoffset;
  return 0;
}

static int fd_close(FILE *f) {
  if (f->s.fd < 0)
    return EBADF;
  return cloudabi_sys_fd_close((cloudabi_fd_t)f->s.fd);
}

const struct stdio_ops __stdio_fd_ops = {fd_read, fd_write, fd_seek, fd_close};
