#include "file_stat.h"

#include <string.h>

#include "clock_map.h"

cloudabi_filetype_t file_type_from_mode(mode_t mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return CLOUDABI_FILETYPE_REGULAR_FILE;
    case S_IFDIR: return CLOUDABI_FILETYPE_DIRECTORY;
    case S_IFLNK: return CLOUDABI_FILETYPE_SYMBOLIC_LINK;
    case S_IFCHR: return CLOUDABI_FILETYPE_CHARACTER_DEVICE;
    case S_IFBLK: return CLOUDABI_FILETYPE_BLOCK_DEVICE;
    // No FIFO type exists; sockets found by path are of unknown kind.
    case S_IFIFO:
    case S_IFSOCK: return CLOUDABI_FILETYPE_SOCKET_STREAM;
    default: return CLOUDABI_FILETYPE_UNKNOWN;
  }
}

void file_stat_from_host(const struct stat *st, cloudabi_filestat_t *out) {
  memset(out, 0, sizeof(*out));
  out->st_dev = st->st_dev;
  out->st_ino = st->st_ino;
  out->st_filetype = file_type_from_mode(st->st_mode);
  out->st_nlink = (cloudabi_linkcount_t)st->st_nlink;
  out->st_size = (cloudabi_filesize_t)st->st_size;
  out->st_atim = timespec_to_timestamp(&st->st_atim);
  out->st_mtim = timespec_to_timestamp(&st->st_mtim);
  out->st_ctim = timespec_to_timestamp(&st->st_ctim);
}

int file_times_to_host(const cloudabi_filestat_t *in, cloudabi_fsflags_t flags,
                       struct timespec times[2]) {
  const cloudabi_fsflags_t known = CLOUDABI_FILESTAT_ATIM | CLOUDABI_FILESTAT_ATIM_NOW |
                                   CLOUDABI_FILESTAT_MTIM | CLOUDABI_FILESTAT_MTIM_NOW;
  if ((flags & ~known) != 0)
    return -1;
  // *_NOW wins over an explicit value; no flag leaves the time alone.
  if (flags & CLOUDABI_FILESTAT_ATIM_NOW)
    times[0] = (struct timespec){.tv_nsec = UTIME_NOW};
  else if (flags & CLOUDABI_FILESTAT_ATIM)
    times[0] = timestamp_to_timespec(in->st_atim);
  else
    times[0] = (struct timespec){.tv_nsec = UTIME_OMIT};
  if (flags & CLOUDABI_FILESTAT_MTIM_NOW)
    times[1] = (struct timespec){.tv_nsec = UTIME_NOW};
  else if (flags & CLOUDABI_FILESTAT_MTIM)
    times[1] = timestamp_to_timespec(in->st_mtim);
  else
    times[1] = (struct timespec){.tv_nsec = UTIME_OMIT};
  return 0;
}
