#include <dirent.h>

#include "dirent_impl.h"

int dirfd(DIR *dirp) {
  return dirp->fd;
}
