// Internal: the DIR object behind <dirent.h>.
//
// `buffer` holds the bytes of the last file_readdir call: records of a
// 24-byte cloudabi_dirent_t followed by the name, back to back and not
// aligned, the last one possibly cut off.  `cookie` is where the stream
// stands: the d_next of the last entry handed out (or START, or what
// seekdir set), which is also what telldir reports and where a refill
// resumes.
#ifndef LIBC_INTERNAL_DIRENT_IMPL_H
#define LIBC_INTERNAL_DIRENT_IMPL_H

#include <cloudabi_types.h>
#include <dirent.h>
#include <stdbool.h>
#include <stddef.h>

struct __dir {
  int fd;
  cloudabi_dircookie_t cookie;
  char *buffer;
  size_t buffer_size;
  size_t buffer_used;  // bytes the last call stored
  size_t buffer_pos;   // start of the next unconsumed record
  bool buffer_valid;   // false: nothing read since open/seek/rewind
  struct dirent *entry;
  size_t entry_size;
};

// The buffer starts small (most directories are) and doubles on every
// refill up to DIR_BUFFER_LARGE, so long scans need few calls.  A record
// larger than the buffer doubles it beyond that as far as needed.
#define DIR_BUFFER_INITIAL 256
#define DIR_BUFFER_LARGE 65536

#endif
