// Internal: conversions between CloudABI file status and timestamps and
// their POSIX counterparts (struct stat, struct timespec, S_IF*).
#ifndef LIBC_INTERNAL_STAT_IMPL_H
#define LIBC_INTERNAL_STAT_IMPL_H

#include <cloudabi_types.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <time.h>

#define NSEC_PER_SEC 1000000000

static inline mode_t stat_mode_from_filetype(cloudabi_filetype_t type) {
  switch (type) {
    case CLOUDABI_FILETYPE_BLOCK_DEVICE: return S_IFBLK;
    case CLOUDABI_FILETYPE_CHARACTER_DEVICE: return S_IFCHR;
    case CLOUDABI_FILETYPE_DIRECTORY: return S_IFDIR;
    case CLOUDABI_FILETYPE_REGULAR_FILE: return S_IFREG;
    case CLOUDABI_FILETYPE_SOCKET_DGRAM:
    case CLOUDABI_FILETYPE_SOCKET_STREAM: return S_IFSOCK;
    case CLOUDABI_FILETYPE_SYMBOLIC_LINK: return S_IFLNK;
    default: return 0;
  }
}

static inline struct timespec timespec_from_timestamp(cloudabi_timestamp_t t) {
  return (struct timespec){.tv_sec = (time_t)(t / NSEC_PER_SEC),
                           .tv_nsec = (long)(t % NSEC_PER_SEC)};
}

// Exact conversion; false when `ts` is not a valid, representable time
// (negative, tv_nsec out of range, or beyond 2^64 nanoseconds).
static inline bool timestamp_from_timespec(const struct timespec *ts, cloudabi_timestamp_t *t) {
  if (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= NSEC_PER_SEC)
    return false;
  if ((uint64_t)ts->tv_sec > (UINT64_MAX - (uint64_t)ts->tv_nsec) / NSEC_PER_SEC)
    return false;
  *t = (cloudabi_timestamp_t)ts->tv_sec * NSEC_PER_SEC + (cloudabi_timestamp_t)ts->tv_nsec;
  return true;
}

// For timeouts: negative times become 0 and times beyond the range the
// largest timestamp.  `ts` must have a valid tv_nsec.
static inline cloudabi_timestamp_t timestamp_from_timespec_clamped(const struct timespec *ts) {
  if (ts->tv_sec < 0)
    return 0;
  cloudabi_timestamp_t t;
  return timestamp_from_timespec(ts, &t) ? t : UINT64_MAX;
}

static inline void stat_from_filestat(const cloudabi_filestat_t *in, struct stat *out) {
  *out = (struct stat){
      .st_dev = in->st_dev,
      .st_ino = in->st_ino,
      .st_mode = stat_mode_from_filetype(in->st_filetype),
      .st_nlink = in->st_nlink,
      .st_size = (off_t)in->st_size,
      .st_atim = timespec_from_timestamp(in->st_atim),
      .st_mtim = timespec_from_timestamp(in->st_mtim),
      .st_ctim = timespec_from_timestamp(in->st_ctim),
      .__st_filetype = in->st_filetype,
  };
}

// Fills the timestamps and flags of a file_stat_put/fput call from the
// utimensat()/futimens() argument; false for an invalid time.
static inline bool filestat_times_from_timespecs(const struct timespec *times,
                                                 cloudabi_filestat_t *fs,
                                                 cloudabi_fsflags_t *flags) {
  *flags = 0;
  if (times == NULL) {
    *flags = CLOUDABI_FILESTAT_ATIM_NOW | CLOUDABI_FILESTAT_MTIM_NOW;
    return true;
  }
  for (int i = 0; i < 2; i++) {
    cloudabi_fsflags_t now = i == 0 ? CLOUDABI_FILESTAT_ATIM_NOW : CLOUDABI_FILESTAT_MTIM_NOW;
    cloudabi_fsflags_t set = i == 0 ? CLOUDABI_FILESTAT_ATIM : CLOUDABI_FILESTAT_MTIM;
    cloudabi_timestamp_t *field = i == 0 ? &fs->st_atim : &fs->st_mtim;
    if (times[i].tv_nsec == UTIME_NOW) {
      *flags |= now;
    } else if (times[i].tv_nsec != UTIME_OMIT) {
      if (!timestamp_from_timespec(&times[i], field))
        return false;
      *flags |= set;
    }
  }
  return true;
}

#endif
