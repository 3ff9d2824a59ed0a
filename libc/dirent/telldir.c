#include <dirent.h>

#include "dirent_impl.h"

long telldir(DIR *dirp) {
  return (long)dirp->cookie;
}
