// A stream on an anonymous shared-memory object.  Such objects cannot be
// positioned with fd_seek, so the stream maps the object and reads and
// writes the mapping, growing the object (file_stat_fput) as it is
// written.  fileno() returns the object's descriptor.
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

static ptrdiff_t shm_read(FILE *f, void *buf, size_t n) {
  size_t avail = f->s.u.shm.pos < f->s.u.shm.size ? f->s.u.shm.size - f->s.u.shm.pos : 0;
  if (n > avail)
    n = avail;
  memcpy(buf, f->s.u.shm.map + f->s.u.shm.pos, n);
  f->s.u.shm.pos += n;
  return (ptrdiff_t)n;
}

static ptrdiff_t shm_write(FILE *f, const void *buf, size_t n) {
  size_t end;
  if (__builtin_add_overflow(f->s.u.shm.pos, n, &end) || end > (SIZE_MAX >> 2)) {
    errno = EFBIG;
    return -1;
  }
  if (end > f->s.u.shm.size) {
    cloudabi_filestat_t st = {.st_size = end};
    cloudabi_errno_t err =
        cloudabi_sys_file_stat_fput((cloudabi_fd_t)f->s.fd, &st, CLOUDABI_FILESTAT_SIZE);
    if (err != 0) {
      errno = err;
      return -1;
    }
    if (end > f->s.u.shm.maplen) {
      // Map generously: the mapping may extend past the object's end as
      // long as only bytes inside it are touched.
      size_t len = f->s.u.shm.maplen * 2;
      if (len < end)
        len = end;
      if (len < 65536)
        len = 65536;
      len = (len + 65535) & ~(size_t)65535;
      void *map;
      err = cloudabi_sys_mem_map(NULL, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                                 CLOUDABI_MAP_SHARED, (cloudabi_fd_t)f->s.fd, 0, &map);
      if (err != 0) {
        errno = err;
        return -1;
      }
      if (f->s.u.shm.map != NULL)
        cloudabi_sys_mem_unmap(f->s.u.shm.map, f->s.u.shm.maplen);
      f->s.u.shm.map = map;
      f->s.u.shm.maplen = len;
    }
    // Bytes between the old end and pos are already zero: extending an
    // object fills it with zeros.
    f->s.u.shm.size = end;
  }
  memcpy(f->s.u.shm.map + f->s.u.shm.pos, buf, n);
  f->s.u.shm.pos = end;
  return (ptrdiff_t)n;
}

static int shm_seek(FILE *f, off_t offset, int whence, off_t *pos) {
  off_t base = whence == SEEK_SET ? 0
             : whence == SEEK_CUR ? (off_t)f->s.u.shm.pos
                                  : (off_t)f->s.u.shm.size;
  if ((offset < 0 && -offset > base) || (offset > 0 && offset > INT64_MAX / 4 - base))
    return EINVAL;
  f->s.u.shm.pos = (size_t)(base + offset);
  *pos = (off_t)f->s.u.shm.pos;
  return 0;
}

static int shm_close(FILE *f) {
  if (f->s.u.shm.map != NULL)
    cloudabi_sys_mem_unmap(f->s.u.shm.map, f->s.u.shm.maplen);
  return cloudabi_sys_fd_close((cloudabi_fd_t)f->s.fd);
}

static const struct stdio_ops shm_ops = {shm_read, shm_write, shm_seek, shm_close};

FILE *tmpfile(void) {
  cloudabi_fd_t fd;
  cloudabi_errno_t err = cloudabi_sys_fd_create1(CLOUDABI_FILETYPE_SHARED_MEMORY, &fd);
  if (err != 0) {
    errno = err;
    return NULL;
  }
  FILE *f = __stdio_new(&shm_ops, (int)fd, 0);
  if (f == NULL) {
    cloudabi_sys_fd_close(fd);
    return NULL;
  }
  return f;
}
