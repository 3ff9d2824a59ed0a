#include <cloudabi_syscalls.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>

#include "dirent_impl.h"

DIR *fdopendir(int fd) {
  cloudabi_fdstat_t fds;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds);
  if (error == 0 && fds.fs_filetype != CLOUDABI_FILETYPE_DIRECTORY)
    error = ENOTDIR;
  else if (error == 0 && (fds.fs_rights_base & CLOUDABI_RIGHT_FILE_READDIR) == 0)
    error = ENOTCAPABLE;
  if (error != 0) {
    errno = error;
    return NULL;
  }
  DIR *dirp = malloc(sizeof(*dirp));
  if (dirp == NULL)
    return NULL;
  char *buffer = malloc(DIR_BUFFER_INITIAL);
  if (buffer == NULL) {
    free(dirp);
    return NULL;
  }
  // Directories have no offset in CloudABI: the stream starts at the first
  // entry.
  *dirp = (DIR){
      .fd = fd,
      .cookie = CLOUDABI_DIRCOOKIE_START,
      .buffer = buffer,
      .buffer_size = DIR_BUFFER_INITIAL,
  };
  return dirp;
}
