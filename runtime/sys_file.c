// File and directory system calls: file_*.  Every path is resolved beneath
// its directory descriptor (path_resolve.c).
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errno_map.h"
#include "fd_table.h"
#include "file_stat.h"
#include "guest_mem.h"
#include "path_resolve.h"
#include "rights.h"
#include "syscalls.h"

// A directory descriptor with the needed rights and a host copy of the
// guest path.
struct dir_path {
  struct fd_entry dir;
  char path[PATH_BUFFER_SIZE];
};

static cloudabi_errno_t dir_path_get(cloudabi_fd_t fd, cloudabi_rights_t base,
                                     cloudabi_rights_t inheriting, const char *guest_path,
                                     size_t len, struct dir_path *dp) {
  cloudabi_errno_t e = guest_copy_path(dp->path, sizeof(dp->path), guest_path, len);
  if (e != 0)
    return e;
  return fd_table_get(fd, base, inheriting, &dp->dir);
}

static void dir_path_put(struct dir_path *dp) { fd_object_unref(dp->dir.object); }

cloudabi_errno_t sys_file_advise(cloudabi_fd_t fd, cloudabi_filesize_t offset,
                                 cloudabi_filesize_t len, cloudabi_advice_t advice) {
  int a;
  switch (advice) {
    case CLOUDABI_ADVICE_DONTNEED: a = POSIX_FADV_DONTNEED; break;
    case CLOUDABI_ADVICE_NOREUSE: a = POSIX_FADV_NOREUSE; break;
    case CLOUDABI_ADVICE_NORMAL: a = POSIX_FADV_NORMAL; break;
    case CLOUDABI_ADVICE_RANDOM: a = POSIX_FADV_RANDOM; break;
    case CLOUDABI_ADVICE_SEQUENTIAL: a = POSIX_FADV_SEQUENTIAL; break;
    case CLOUDABI_ADVICE_WILLNEED: a = POSIX_FADV_WILLNEED; break;
    default: return CLOUDABI_EINVAL;
  }
  if (offset > INT64_MAX || len > INT64_MAX)
    return CLOUDABI_EINVAL;
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, CLOUDABI_RIGHT_FILE_ADVISE, 0, &e);
  if (err != 0)
    return err;
  int r = posix_fadvise(e.object->host_fd, (off_t)offset, (off_t)len, a);
  fd_object_unref(e.object);
  return r == 0 ? 0 : errno_to_cloudabi(r);
}

cloudabi_errno_t sys_file_allocate(cloudabi_fd_t fd, cloudabi_filesize_t offset,
                                   cloudabi_filesize_t len) {
  if (offset > INT64_MAX || len > INT64_MAX || offset + len > INT64_MAX)
    return CLOUDABI_EINVAL;
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, CLOUDABI_RIGHT_FILE_ALLOCATE, 0, &e);
  if (err != 0)
    return err;
  int r = posix_fallocate(e.object->host_fd, (off_t)offset, (off_t)len);
  fd_object_unref(e.object);
  return r == 0 ? 0 : errno_to_cloudabi(r);
}

cloudabi_errno_t sys_file_create(cloudabi_fd_t fd, const char *path, size_t path_len,
                                 cloudabi_filetype_t type) {
  if (type != CLOUDABI_FILETYPE_DIRECTORY)
    return CLOUDABI_EINVAL;
  struct dir_path dp;
  cloudabi_errno_t e =
      dir_path_get(fd, CLOUDABI_RIGHT_FILE_CREATE_DIRECTORY, 0, path, path_len, &dp);
  if (e != 0)
    return e;
  struct path_parent p;
  e = path_open_parent(dp.dir.object->host_fd, dp.path, &p);
  if (e == 0) {
    if (mkdirat(p.fd, p.last, 0777) != 0)
      e = errno_current();
    path_parent_release(&p);
  }
  dir_path_put(&dp);
  return e;
}

// Links the object at (fd, "") by way of /proc when AT_EMPTY_PATH is not
// permitted (it needs CAP_DAC_READ_SEARCH).
static int link_resolved(int fd, int newdir, const char *newname) {
  if (linkat(fd, "", newdir, newname, AT_EMPTY_PATH) == 0)
    return 0;
  if (errno != ENOENT && errno != EPERM)
    return -1;
  char proc[64];
  snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
  return linkat(AT_FDCWD, proc, newdir, newname, AT_SYMLINK_FOLLOW);
}

cloudabi_errno_t sys_file_link(cloudabi_lookup_t fd1, const char *path1, size_t path1_len,
                               cloudabi_fd_t fd2, const char *path2, size_t path2_len) {
  struct dir_path src, dst;
  cloudabi_errno_t e = dir_path_get(fd1.fd, CLOUDABI_RIGHT_FILE_LINK_SOURCE, 0, path1, path1_len, &src);
  if (e != 0)
    return e;
  e = dir_path_get(fd2, CLOUDABI_RIGHT_FILE_LINK_TARGET, 0, path2, path2_len, &dst);
  if (e != 0) {
    dir_path_put(&src);
    return e;
  }
  struct path_parent to;
  e = path_open_parent(dst.dir.object->host_fd, dst.path, &to);
  if (e == 0) {
    if (fd1.flags & CLOUDABI_LOOKUP_SYMLINK_FOLLOW) {
      // Following a final symlink must stay beneath fd1: resolve it first.
      int obj;
      e = path_open(src.dir.object->host_fd, src.path, O_PATH, 0, true, &obj);
      if (e == 0) {
        if (link_resolved(obj, to.fd, to.last) != 0)
          e = errno_current();
        close(obj);
      }
    } else {
      struct path_parent from;
      e = path_open_parent(src.dir.object->host_fd, src.path, &from);
      if (e == 0) {
        if (linkat(from.fd, from.last, to.fd, to.last, 0) != 0)
          e = errno_current();
        path_parent_release(&from);
      }
    }
    path_parent_release(&to);
  }
  dir_path_put(&dst);
  dir_path_put(&src);
  return e;
}

// Host open flags for the access implied by the requested rights.
static int access_mode(cloudabi_rights_t rights) {
  // proc_exec reads the executable through its descriptor.
  const cloudabi_rights_t reads = CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FILE_READDIR |
                                  CLOUDABI_RIGHT_MEM_MAP_EXEC | CLOUDABI_RIGHT_PROC_EXEC;
  const cloudabi_rights_t writes = CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_WRITE |
                                   CLOUDABI_RIGHT_FILE_ALLOCATE |
                                   CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE;
  bool r = (rights & reads) != 0, w = (rights & writes) != 0;
  return w ? (r ? O_RDWR : O_WRONLY) : O_RDONLY;
}

cloudabi_errno_t sys_file_open(cloudabi_lookup_t dirfd, const char *path, size_t path_len,
                               cloudabi_oflags_t oflags, const cloudabi_fdstat_t *fds,
                               cloudabi_fd_t *fd) {
  cloudabi_fdstat_t want;
  cloudabi_errno_t e = guest_copy_in(&want, fds, sizeof(want));
  if (e != 0)
    return e;
  const cloudabi_oflags_t known_o =
      CLOUDABI_O_CREAT | CLOUDABI_O_DIRECTORY | CLOUDABI_O_EXCL | CLOUDABI_O_TRUNC;
  const cloudabi_fdflags_t known_f = CLOUDABI_FDFLAG_APPEND | CLOUDABI_FDFLAG_DSYNC |
                                     CLOUDABI_FDFLAG_NONBLOCK | CLOUDABI_FDFLAG_RSYNC |
                                     CLOUDABI_FDFLAG_SYNC;
  if ((oflags & ~known_o) != 0 || (want.fs_flags & ~known_f) != 0)
    return CLOUDABI_EINVAL;

  // Rights: FILE_OPEN on the directory; everything requested must be
  // inheritable from it, plus what the flags imply.
  cloudabi_rights_t need_base = CLOUDABI_RIGHT_FILE_OPEN;
  cloudabi_rights_t need_inh = want.fs_rights_base | want.fs_rights_inheriting;
  if (oflags & CLOUDABI_O_CREAT)
    need_base |= CLOUDABI_RIGHT_FILE_CREATE_FILE;
  if (oflags & CLOUDABI_O_TRUNC)
    need_inh |= CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE;
  if (want.fs_flags & CLOUDABI_FDFLAG_DSYNC)
    need_inh |= CLOUDABI_RIGHT_FD_DATASYNC;
  if (want.fs_flags & (CLOUDABI_FDFLAG_RSYNC | CLOUDABI_FDFLAG_SYNC))
    need_inh |= CLOUDABI_RIGHT_FD_SYNC;
  struct dir_path dp;
  e = dir_path_get(dirfd.fd, need_base, need_inh, path, path_len, &dp);
  if (e != 0)
    return e;

  uint64_t flags = (uint64_t)access_mode(want.fs_rights_base);
  if (oflags & CLOUDABI_O_CREAT)
    flags |= O_CREAT;
  if (oflags & CLOUDABI_O_DIRECTORY)
    flags |= O_DIRECTORY;
  if (oflags & CLOUDABI_O_EXCL)
    flags |= O_EXCL;
  if (oflags & CLOUDABI_O_TRUNC)
    flags |= O_TRUNC;
  if (want.fs_flags & CLOUDABI_FDFLAG_APPEND)
    flags |= O_APPEND;
  if (want.fs_flags & CLOUDABI_FDFLAG_NONBLOCK)
    flags |= O_NONBLOCK;
  if (want.fs_flags & CLOUDABI_FDFLAG_DSYNC)
    flags |= O_DSYNC;
  if (want.fs_flags & (CLOUDABI_FDFLAG_RSYNC | CLOUDABI_FDFLAG_SYNC))
    flags |= O_SYNC;
  bool follow = (dirfd.flags & CLOUDABI_LOOKUP_SYMLINK_FOLLOW) != 0;
  int host;
  e = path_open(dp.dir.object->host_fd, dp.path, flags, 0666, follow, &host);
  dir_path_put(&dp);
  if (e != 0)
    return e;

  cloudabi_filetype_t type;
  bool tty;
  if (fd_host_type(host, &type, &tty) != 0) {
    e = errno == EPROTOTYPE ? CLOUDABI_ENOTSUP : errno_current();
    close(host);
    return e;
  }
  if (type == CLOUDABI_FILETYPE_SOCKET_STREAM || type == CLOUDABI_FILETYPE_SOCKET_DGRAM) {
    struct stat st;
    if (fstat(host, &st) == 0 && S_ISSOCK(st.st_mode)) {
      close(host);
      return CLOUDABI_ENOTSUP;  // sockets are not opened by path
    }
  }
  cloudabi_rights_t max_base, max_inh;
  rights_max_for_type(type, tty, &max_base, &max_inh);
  struct fd_object *o = fd_object_new(host, type);
  if (o == NULL) {
    close(host);
    return CLOUDABI_ENOMEM;
  }
  cloudabi_fd_t nfd;
  e = fd_table_insert(o, want.fs_rights_base & max_base, want.fs_rights_inheriting & max_inh,
                      &nfd);
  if (e != 0) {
    fd_object_unref(o);
    return e;
  }
  e = guest_copy_out(fd, &nfd, sizeof(nfd));
  if (e != 0)
    fd_table_close(nfd);
  return e;
}

static cloudabi_filetype_t dirent_type(int dirfd, const char *name, unsigned char d_type) {
  switch (d_type) {
    case DT_REG: return CLOUDABI_FILETYPE_REGULAR_FILE;
    case DT_DIR: return CLOUDABI_FILETYPE_DIRECTORY;
    case DT_LNK: return CLOUDABI_FILETYPE_SYMBOLIC_LINK;
    case DT_CHR: return CLOUDABI_FILETYPE_CHARACTER_DEVICE;
    case DT_BLK: return CLOUDABI_FILETYPE_BLOCK_DEVICE;
    case DT_FIFO:
    case DT_SOCK: return CLOUDABI_FILETYPE_SOCKET_STREAM;
    default: {
      struct stat st;
      if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return CLOUDABI_FILETYPE_UNKNOWN;
      return file_type_from_mode(st.st_mode);
    }
  }
}

struct linux_dirent64 {
  uint64_t d_ino;
  int64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

// Records are a 24-byte header and the name, back to back; the last one
// may be cut anywhere.  The cookie of an entry is the host's d_off, the
// position just after it, which lseek() accepts to continue there.
cloudabi_errno_t sys_file_readdir(cloudabi_fd_t fd, void *buf, size_t buf_len,
                                  cloudabi_dircookie_t cookie, size_t *bufused) {
  if (cookie > (cloudabi_dircookie_t)INT64_MAX)
    return CLOUDABI_EINVAL;
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, CLOUDABI_RIGHT_FILE_READDIR, 0, &e);
  if (err != 0)
    return err;
  int h = e.object->host_fd;
  pthread_mutex_lock(&e.object->dir_lock);
  size_t used = 0;
  if (lseek(h, (off_t)cookie, SEEK_SET) < 0) {
    err = errno_current();
    goto out;
  }
  char host_buf[8192] __attribute__((aligned(8)));
  while (used < buf_len) {
    ssize_t n = getdents64(h, host_buf, sizeof(host_buf));
    if (n < 0) {
      err = errno_current();
      goto out;
    }
    if (n == 0)
      break;
    for (ssize_t off = 0; off < n && used < buf_len;) {
      struct linux_dirent64 *d = (struct linux_dirent64 *)(host_buf + off);
      off += d->d_reclen;
      size_t namlen = strlen(d->d_name);
      cloudabi_dirent_t de = {
          .d_next = (cloudabi_dircookie_t)d->d_off,
          .d_ino = d->d_ino,
          .d_namlen = (uint32_t)namlen,
          .d_type = dirent_type(h, d->d_name, d->d_type),
      };
      size_t take = sizeof(de) < buf_len - used ? sizeof(de) : buf_len - used;
      if ((err = guest_copy_out((char *)buf + used, &de, take)) != 0)
        goto out;
      used += take;
      take = namlen < buf_len - used ? namlen : buf_len - used;
      if ((err = guest_copy_out((char *)buf + used, d->d_name, take)) != 0)
        goto out;
      used += take;
    }
  }
out:
  pthread_mutex_unlock(&e.object->dir_lock);
  fd_object_unref(e.object);
  if (err != 0)
    return err;
  return guest_copy_out(bufused, &used, sizeof(used));
}

cloudabi_errno_t sys_file_readlink(cloudabi_fd_t fd, const char *path, size_t path_len,
                                   char *buf, size_t buf_len, size_t *bufused) {
  struct dir_path dp;
  cloudabi_errno_t e = dir_path_get(fd, CLOUDABI_RIGHT_FILE_READLINK, 0, path, path_len, &dp);
  if (e != 0)
    return e;
  struct path_parent p;
  size_t used = 0;
  e = path_open_parent(dp.dir.object->host_fd, dp.path, &p);
  if (e == 0) {
    // The kernel writes straight into the guest buffer (EFAULT if bad).
    ssize_t n = readlinkat(p.fd, p.last, buf, buf_len);
    if (n < 0)
      e = errno_current();
    else
      used = (size_t)n;
    path_parent_release(&p);
  }
  dir_path_put(&dp);
  if (e != 0)
    return e;
  return guest_copy_out(bufused, &used, sizeof(used));
}

cloudabi_errno_t sys_file_rename(cloudabi_fd_t fd1, const char *path1, size_t path1_len,
                                 cloudabi_fd_t fd2, const char *path2, size_t path2_len) {
  struct dir_path src, dst;
  cloudabi_errno_t e =
      dir_path_get(fd1, CLOUDABI_RIGHT_FILE_RENAME_SOURCE, 0, path1, path1_len, &src);
  if (e != 0)
    return e;
  e = dir_path_get(fd2, CLOUDABI_RIGHT_FILE_RENAME_TARGET, 0, path2, path2_len, &dst);
  if (e != 0) {
    dir_path_put(&src);
    return e;
  }
  struct path_parent from, to;
  e = path_open_parent(src.dir.object->host_fd, src.path, &from);
  if (e == 0) {
    e = path_open_parent(dst.dir.object->host_fd, dst.path, &to);
    if (e == 0) {
      if (renameat(from.fd, from.last, to.fd, to.last) != 0)
        e = errno_current();
      path_parent_release(&to);
    }
    path_parent_release(&from);
  }
  dir_path_put(&dst);
  dir_path_put(&src);
  return e;
}

cloudabi_errno_t sys_file_stat_fget(cloudabi_fd_t fd, cloudabi_filestat_t *buf) {
  struct fd_entry e;
  cloudabi_errno_t err = fd_table_get(fd, CLOUDABI_RIGHT_FILE_STAT_FGET, 0, &e);
  if (err != 0)
    return err;
  struct stat st;
  cloudabi_filestat_t out;
  if (fstat(e.object->host_fd, &st) != 0) {
    err = errno_current();
  } else {
    file_stat_from_host(&st, &out);
    out.st_filetype = e.object->type;  // e.g. shared memory, pipes as sockets
  }
  fd_object_unref(e.object);
  if (err != 0)
    return err;
  return guest_copy_out(buf, &out, sizeof(out));
}

cloudabi_errno_t sys_file_stat_fput(cloudabi_fd_t fd, const cloudabi_filestat_t *buf,
                                    cloudabi_fsflags_t flags) {
  cloudabi_filestat_t in;
  cloudabi_errno_t err = guest_copy_in(&in, buf, sizeof(in));
  if (err != 0)
    return err;
  struct fd_entry e;
  if (flags & CLOUDABI_FILESTAT_SIZE) {
    if (flags != CLOUDABI_FILESTAT_SIZE || in.st_size > INT64_MAX)
      return CLOUDABI_EINVAL;
    err = fd_table_get(fd, CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE, 0, &e);
    if (err != 0)
      return err;
    if (ftruncate(e.object->host_fd, (off_t)in.st_size) != 0)
      err = errno_current();
    fd_object_unref(e.object);
    return err;
  }
  struct timespec times[2];
  if (file_times_to_host(&in, flags, times) != 0)
    return CLOUDABI_EINVAL;
  err = fd_table_get(fd, CLOUDABI_RIGHT_FILE_STAT_FPUT_TIMES, 0, &e);
  if (err != 0)
    return err;
  if (futimens(e.object->host_fd, times) != 0)
    err = errno_current();
  fd_object_unref(e.object);
  return err;
}

cloudabi_errno_t sys_file_stat_get(cloudabi_lookup_t fd, const char *path, size_t path_len,
                                   cloudabi_filestat_t *buf) {
  struct dir_path dp;
  cloudabi_errno_t e = dir_path_get(fd.fd, CLOUDABI_RIGHT_FILE_STAT_GET, 0, path, path_len, &dp);
  if (e != 0)
    return e;
  int obj;
  bool follow = (fd.flags & CLOUDABI_LOOKUP_SYMLINK_FOLLOW) != 0;
  cloudabi_filestat_t out;
  e = path_open(dp.dir.object->host_fd, dp.path, O_PATH, 0, follow, &obj);
  dir_path_put(&dp);
  if (e != 0)
    return e;
  struct stat st;
  if (fstat(obj, &st) != 0)
    e = errno_current();
  else
    file_stat_from_host(&st, &out);
  close(obj);
  if (e != 0)
    return e;
  return guest_copy_out(buf, &out, sizeof(out));
}

cloudabi_errno_t sys_file_stat_put(cloudabi_lookup_t fd, const char *path, size_t path_len,
                                   const cloudabi_filestat_t *buf, cloudabi_fsflags_t flags) {
  cloudabi_filestat_t in;
  cloudabi_errno_t e = guest_copy_in(&in, buf, sizeof(in));
  if (e != 0)
    return e;
  struct timespec times[2];
  if ((flags & CLOUDABI_FILESTAT_SIZE) || file_times_to_host(&in, flags, times) != 0)
    return CLOUDABI_EINVAL;
  struct dir_path dp;
  e = dir_path_get(fd.fd, CLOUDABI_RIGHT_FILE_STAT_PUT_TIMES, 0, path, path_len, &dp);
  if (e != 0)
    return e;
  int obj;
  bool follow = (fd.flags & CLOUDABI_LOOKUP_SYMLINK_FOLLOW) != 0;
  e = path_open(dp.dir.object->host_fd, dp.path, O_PATH, 0, follow, &obj);
  dir_path_put(&dp);
  if (e != 0)
    return e;
  // Acts on the resolved object itself (a symlink when not following).
  if (utimensat(obj, "", times, AT_EMPTY_PATH) != 0)
    e = errno_current();
  close(obj);
  return e;
}

cloudabi_errno_t sys_file_symlink(const char *path1, size_t path1_len, cloudabi_fd_t fd,
                                  const char *path2, size_t path2_len) {
  char target[PATH_BUFFER_SIZE];
  cloudabi_errno_t e = guest_copy_path(target, sizeof(target), path1, path1_len);
  if (e != 0)
    return e;
  struct dir_path dp;
  e = dir_path_get(fd, CLOUDABI_RIGHT_FILE_SYMLINK, 0, path2, path2_len, &dp);
  if (e != 0)
    return e;
  struct path_parent p;
  e = path_open_parent(dp.dir.object->host_fd, dp.path, &p);
  if (e == 0) {
    // The contents may point anywhere: every later lookup through the link
    // is confined again.
    if (symlinkat(target, p.fd, p.last) != 0)
      e = errno_current();
    path_parent_release(&p);
  }
  dir_path_put(&dp);
  return e;
}

cloudabi_errno_t sys_file_unlink(cloudabi_fd_t fd, const char *path, size_t path_len,
                                 cloudabi_ulflags_t flags) {
  if ((flags & ~CLOUDABI_UNLINK_REMOVEDIR) != 0)
    return CLOUDABI_EINVAL;
  struct dir_path dp;
  cloudabi_errno_t e = dir_path_get(fd, CLOUDABI_RIGHT_FILE_UNLINK, 0, path, path_len, &dp);
  if (e != 0)
    return e;
  struct path_parent p;
  e = path_open_parent(dp.dir.object->host_fd, dp.path, &p);
  if (e == 0) {
    bool rmdir = (flags & CLOUDABI_UNLINK_REMOVEDIR) != 0;
    if (unlinkat(p.fd, p.last, rmdir ? AT_REMOVEDIR : 0) != 0)
      e = (!rmdir && errno == EISDIR) ? CLOUDABI_EPERM : errno_current();
    path_parent_release(&p);
  }
  dir_path_put(&dp);
  return e;
}
