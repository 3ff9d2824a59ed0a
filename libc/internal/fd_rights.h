// Internal: how POSIX access modes and open flags become CloudABI rights,
// oflags and fd flags (openat, fcntl, shm_open, faccessat).
#ifndef LIBC_INTERNAL_FD_RIGHTS_H
#define LIBC_INTERNAL_FD_RIGHTS_H

#include <cloudabi_types.h>
#include <fcntl.h>
#include <stdbool.h>

// Rights that only make sense when reading (of a file; of a directory).
#define FD_RIGHTS_READ (CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FILE_READDIR)

// Rights that change a file's data or size.
#define FD_RIGHTS_WRITE                                                     \
  (CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_WRITE |                   \
   CLOUDABI_RIGHT_FILE_ALLOCATE | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE)

// Mapping code executable reads the file, so it goes with reading or O_EXEC.
#define FD_RIGHTS_MAP_EXEC CLOUDABI_RIGHT_MEM_MAP_EXEC

// Every right of this ABI version (cloudabi-abi.md §2.22).
#define FD_RIGHTS_ALL ((cloudabi_rights_t)0x000000815ffff7ffULL)

// Rights that any access mode may have: seeking, metadata, directory
// operations, polling, mapping without PROT_EXEC, executing.
#define FD_RIGHTS_ANY_MODE (FD_RIGHTS_ALL & ~(FD_RIGHTS_READ | FD_RIGHTS_WRITE | FD_RIGHTS_MAP_EXEC))

// The most a descriptor opened with the access mode `accmode` (O_ACCMODE
// bits) should carry.  Returns false for an invalid access mode.
static inline bool fd_rights_for_accmode(int accmode, bool *reading, bool *writing,
                                         cloudabi_rights_t *max) {
  cloudabi_rights_t r = FD_RIGHTS_ANY_MODE;
  *reading = *writing = false;
  switch (accmode) {
    case O_RDONLY:
      *reading = true;
      r |= FD_RIGHTS_READ | FD_RIGHTS_MAP_EXEC;
      break;
    case O_WRONLY:
      *writing = true;
      r |= FD_RIGHTS_WRITE;
      break;
    case O_RDWR:
      *reading = *writing = true;
      r |= FD_RIGHTS_READ | FD_RIGHTS_WRITE | FD_RIGHTS_MAP_EXEC;
      break;
    case O_EXEC:
      r |= FD_RIGHTS_MAP_EXEC;
      break;
    case O_SEARCH:
      break;
    default:
      return false;
  }
  *max = r;
  return true;
}

// The fd flags (file status flags) named by POSIX open flags.
static inline cloudabi_fdflags_t fd_flags_from_oflag(int oflag) {
  cloudabi_fdflags_t f = 0;
  if (oflag & O_APPEND)
    f |= CLOUDABI_FDFLAG_APPEND;
  if (oflag & O_DSYNC)
    f |= CLOUDABI_FDFLAG_DSYNC;
  if (oflag & O_NONBLOCK)
    f |= CLOUDABI_FDFLAG_NONBLOCK;
  if (oflag & O_RSYNC)
    f |= CLOUDABI_FDFLAG_RSYNC;
  if (oflag & O_SYNC)
    f |= CLOUDABI_FDFLAG_SYNC;
  return f;
}

static inline int fd_oflag_from_flags(cloudabi_fdflags_t f) {
  int oflag = 0;
  if (f & CLOUDABI_FDFLAG_APPEND)
    oflag |= O_APPEND;
  if (f & CLOUDABI_FDFLAG_DSYNC)
    oflag |= O_DSYNC;
  if (f & CLOUDABI_FDFLAG_NONBLOCK)
    oflag |= O_NONBLOCK;
  if (f & CLOUDABI_FDFLAG_RSYNC)
    oflag |= O_RSYNC;
  if (f & CLOUDABI_FDFLAG_SYNC)
    oflag |= O_SYNC;
  return oflag;
}

#endif
