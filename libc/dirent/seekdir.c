#include <dirent.h>

#include "dirent_impl.h"

void seekdir(DIR *dirp, long loc) {
  // loc is a cookie from telldir(): the next readdir() continues right
  // after the entry it was taken behind.
  dirp->cookie = (cloudabi_dircookie_t)loc;
  dirp->buffer_valid = false;
}
