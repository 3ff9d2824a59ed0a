#include <dirent.h>
#include <stdlib.h>

#include "dirent_impl.h"

int fdclosedir(DIR *dirp) {
  int fd = dirp->fd;
  free(dirp->buffer);
  free(dirp->entry);
  free(dirp);
  return fd;
}
