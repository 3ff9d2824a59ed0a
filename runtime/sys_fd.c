// Descriptor system calls: fd_*.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "errno_map.h"
#include "fd_table.h"
#include "guest_mem.h"
#include "rights.h"
#include "syscalls.h"

cloudabi_errno_t sys_fd_close(cloudabi_fd_t fd) { return fd_table_close(fd); }

// Installs a new host descriptor with the maximum rights of its type and
// reports the number to the guest.
static cloudabi_errno_t install_new(int host_fd, cloudabi_filetype_t type, cloudabi_fd_t *out_fd,
                                    cloudabi_fd_t *installed) {
  struct fd_object *o = fd_object_new(host_fd, type);
  if (o == NULL) {
    close(host_fd);
    return CLOUDABI_ENOMEM;
  }
  cloudabi_rights_t base, inheriting;
  rights_max_for_type(type, false, &base, &inheriting);
  cloudabi_fd_t fd;
  cloudabi_errno_t e = fd_table_insert(o, base, inheriting, &fd);
  if (e != 0) {
    fd_object_unref(o);
    return e;
  }
  *installed = fd;
  if (out_fd == NULL)
    return 0;
  e = guest_copy_out(out_fd, &fd, sizeof(fd));
  if (e != 0)
    fd_table_close(fd);
  return e;
}

cloudabi_errno_t sys_fd_create1(cloudabi_filetype_t type, cloudabi_fd_t *fd) {
  if (type != CLOUDABI_FILETYPE_SHARED_MEMORY)
    return CLOUDABI_EINVAL;
  int host = memfd_create("cloudabi-shared-memory", MFD_CLOEXEC);
  if (host < 0)
    return errno_current();
  cloudabi_fd_t installed;
  return install_new(host, CLOUDABI_FILETYPE_SHARED_MEMORY, fd, &installed);
}

cloudabi_errno_t sys_fd_create2(cloudabi_filetype_t type, cloudabi_fd_t *fd1,
                                cloudabi_fd_t *fd2) {
  int socktype;
  if (type == CLOUDABI_FILETYPE_SOCKET_STREAM)
    socktype = SOCK_STREAM;
  else if (type == CLOUDABI_FILETYPE_SOCKET_DGRAM)
    socktype = SOCK_DGRAM;
  else
    return CLOUDABI_EINVAL;
  int pair[2];
  if (socketpair(AF_UNIX, socktype | SOCK_CLOEXEC, 0, pair) != 0)
    return errno_current();
  cloudabi_fd_t a, b;
  cloudabi_errno_t e = install_new(pair[0], type, NULL, &a);
  if (e != 0) {
    close(pair[1]);
    return e;
  }
  e = install_new(pair[1], type, NULL, &b);
  if (e != 0) {
    fd_table_close(a);
    return e;
  }
  if ((e = guest_copy_out(fd1, &a, sizeof(a))) != 0 ||
      (e = guest_copy_out(fd2, &b, sizeof(b))) != 0) {
    fd_table_close(a);
    fd_table_close(b);
  }
  return e;
}

static cloudabi_errno_t sync_fd(cloudabi_fd_t fd, cloudabi_rights_t right, int (*fn)(int)) {
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, right, 0, &e);
  if (err != 0)
    return err;
  err = fn(e.object->host_fd) == 0 ? 0 : errno_current();
  fd_object_unref(e.object);
  return err;
}

cloudabi_errno_t sys_fd_datasync(cloudabi_fd_t fd) {
  return sync_fd(fd, CLOUDABI_RIGHT_FD_DATASYNC, fdatasync);
}

cloudabi_errno_t sys_fd_sync(cloudabi_fd_t fd) {
  return sync_fd(fd, CLOUDABI_RIGHT_FD_SYNC, fsync);
}

cloudabi_errno_t sys_fd_dup(cloudabi_fd_t from, cloudabi_fd_t *fd) {
  cloudabi_fd_t to;
  cloudabi_errno_t e = fd_table_dup(from, &to);
  if (e != 0)
    return e;
  e = guest_copy_out(fd, &to, sizeof(to));
  if (e != 0)
    fd_table_close(to);
  return e;
}

cloudabi_errno_t sys_fd_replace(cloudabi_fd_t from, cloudabi_fd_t to) {
  return fd_table_replace(from, to);
}

// The iovec layouts equal struct iovec, so guest arrays go straight to the
// kernel, which reports bad addresses as EFAULT.
static cloudabi_errno_t transfer(cloudabi_fd_t fd, cloudabi_rights_t rights, const void *iovs,
                                 size_t iovs_len, bool positioned, cloudabi_filesize_t offset,
                                 bool writing, size_t *count) {
  if (iovs_len > IOV_MAX)
    return CLOUDABI_EINVAL;
  if (positioned && offset > (cloudabi_filesize_t)INT64_MAX)
    return CLOUDABI_EINVAL;
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, rights, 0, &e);
  if (err != 0)
    return err;
  int h = e.object->host_fd;
  const struct iovec *iov = iovs;
  int n = (int)iovs_len;
  ssize_t r;
  if (writing)
    r = positioned ? pwritev(h, iov, n, (off_t)offset) : writev(h, iov, n);
  else
    r = positioned ? preadv(h, iov, n, (off_t)offset) : readv(h, iov, n);
  err = r < 0 ? errno_current() : 0;
  fd_object_unref(e.object);
  if (err != 0)
    return err;
  size_t done = (size_t)r;
  return guest_copy_out(count, &done, sizeof(done));
}

cloudabi_errno_t sys_fd_read(cloudabi_fd_t fd, const cloudabi_iovec_t *iovs, size_t iovs_len,
                             size_t *nread) {
  return transfer(fd, CLOUDABI_RIGHT_FD_READ, iovs, iovs_len, false, 0, false, nread);
}

cloudabi_errno_t sys_fd_write(cloudabi_fd_t fd, const cloudabi_ciovec_t *iovs, size_t iovs_len,
                              size_t *nwritten) {
  return transfer(fd, CLOUDABI_RIGHT_FD_WRITE, iovs, iovs_len, false, 0, true, nwritten);
}

cloudabi_errno_t sys_fd_pread(cloudabi_fd_t fd, const cloudabi_iovec_t *iovs, size_t iovs_len,
                              cloudabi_filesize_t offset, size_t *nread) {
  if (iovs_len == 0)
    return CLOUDABI_EINVAL;
  return transfer(fd, CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FD_SEEK, iovs, iovs_len, true,
                  offset, false, nread);
}

cloudabi_errno_t sys_fd_pwrite(cloudabi_fd_t fd, const cloudabi_ciovec_t *iovs, size_t iovs_len,
                               cloudabi_filesize_t offset, size_t *nwritten) {
  if (iovs_len == 0)
    return CLOUDABI_EINVAL;
  return transfer(fd, CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FD_SEEK, iovs, iovs_len, true,
                  offset, true, nwritten);
}

cloudabi_errno_t sys_fd_seek(cloudabi_fd_t fd, cloudabi_filedelta_t offset,
                             cloudabi_whence_t whence, cloudabi_filesize_t *newoffset) {
  int host_whence;
  switch (whence) {
    case CLOUDABI_WHENCE_CUR: host_whence = SEEK_CUR; break;
    case CLOUDABI_WHENCE_END: host_whence = SEEK_END; break;
    case CLOUDABI_WHENCE_SET: host_whence = SEEK_SET; break;
    default: return CLOUDABI_EINVAL;
  }
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, 0, 0, &e);
  if (err != 0)
    return err;
  // Reading the offset needs FD_TELL; moving it needs FD_SEEK (which
  // includes telling).
  bool tell_only = whence == CLOUDABI_WHENCE_CUR && offset == 0;
  cloudabi_rights_t need = tell_only ? CLOUDABI_RIGHT_FD_TELL : CLOUDABI_RIGHT_FD_SEEK;
  if ((e.base & need) == 0 && !(tell_only && (e.base & CLOUDABI_RIGHT_FD_SEEK))) {
    fd_object_unref(e.object);
    return CLOUDABI_ENOTCAPABLE;
  }
  off_t r = lseek(e.object->host_fd, (off_t)offset, host_whence);
  err = r < 0 ? errno_current() : 0;
  fd_object_unref(e.object);
  if (err != 0)
    return err;
  cloudabi_filesize_t pos = (cloudabi_filesize_t)r;
  return guest_copy_out(newoffset, &pos, sizeof(pos));
}

static cloudabi_fdflags_t fdflags_from_host(int fl) {
  cloudabi_fdflags_t f = 0;
  if (fl & O_APPEND)
    f |= CLOUDABI_FDFLAG_APPEND;
  if (fl & O_NONBLOCK)
    f |= CLOUDABI_FDFLAG_NONBLOCK;
  if ((fl & O_SYNC) == O_SYNC)
    f |= CLOUDABI_FDFLAG_SYNC | CLOUDABI_FDFLAG_RSYNC;  // Linux: O_RSYNC == O_SYNC
  else if (fl & O_DSYNC)
    f |= CLOUDABI_FDFLAG_DSYNC;
  return f;
}

cloudabi_errno_t sys_fd_stat_get(cloudabi_fd_t fd, cloudabi_fdstat_t *buf) {
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, 0, 0, &e);
  if (err != 0)
    return err;
  cloudabi_fdstat_t st = {
      .fs_filetype = e.object->type,
      .fs_rights_base = e.base,
      .fs_rights_inheriting = e.inheriting,
  };
  if (e.object->host_fd >= 0) {
    int fl = fcntl(e.object->host_fd, F_GETFL);
    if (fl < 0)
      err = errno_current();
    else
      st.fs_flags = fdflags_from_host(fl);
  }
  fd_object_unref(e.object);
  if (err != 0)
    return err;
  return guest_copy_out(buf, &st, sizeof(st));
}

cloudabi_errno_t sys_fd_stat_put(cloudabi_fd_t fd, const cloudabi_fdstat_t *buf,
                                 cloudabi_fdsflags_t flags) {
  cloudabi_fdstat_t st;
  cloudabi_errno_t err = guest_copy_in(&st, buf, sizeof(st));
  if (err != 0)
    return err;
  if (flags == CLOUDABI_FDSTAT_RIGHTS)
    return fd_table_restrict(fd, st.fs_rights_base, st.fs_rights_inheriting);
  if (flags != CLOUDABI_FDSTAT_FLAGS)
    return CLOUDABI_EINVAL;
  const cloudabi_fdflags_t known = CLOUDABI_FDFLAG_APPEND | CLOUDABI_FDFLAG_DSYNC |
                                   CLOUDABI_FDFLAG_NONBLOCK | CLOUDABI_FDFLAG_RSYNC |
                                   CLOUDABI_FDFLAG_SYNC;
  if (st.fs_flags & ~known)
    return CLOUDABI_EINVAL;
  struct fd_entry e;
  err = fd_table_get(fd, CLOUDABI_RIGHT_FD_STAT_PUT_FLAGS, 0, &e);
  if (err != 0)
    return err;
  int h = e.object->host_fd;
  int fl = fcntl(h, F_GETFL);
  if (fl < 0) {
    err = errno_current();
  } else {
    // Linux cannot change the synchronisation flags of an open file;
    // refuse rather than pretend.
    cloudabi_fdflags_t cur = fdflags_from_host(fl);
    bool want_sync = (st.fs_flags & (CLOUDABI_FDFLAG_SYNC | CLOUDABI_FDFLAG_RSYNC)) != 0;
    bool want_dsync = !want_sync && (st.fs_flags & CLOUDABI_FDFLAG_DSYNC) != 0;
    bool have_sync = (cur & CLOUDABI_FDFLAG_SYNC) != 0;
    bool have_dsync = !have_sync && (cur & CLOUDABI_FDFLAG_DSYNC) != 0;
    if (want_sync != have_sync || want_dsync != have_dsync) {
      err = CLOUDABI_ENOTSUP;
    } else {
      int nfl = fl & ~(O_APPEND | O_NONBLOCK);
      if (st.fs_flags & CLOUDABI_FDFLAG_APPEND)
        nfl |= O_APPEND;
      if (st.fs_flags & CLOUDABI_FDFLAG_NONBLOCK)
        nfl |= O_NONBLOCK;
      if (fcntl(h, F_SETFL, nfl) != 0)
        err = errno_current();
    }
  }
  fd_object_unref(e.object);
  return err;
}
