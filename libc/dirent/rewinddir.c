#include <cloudabi_types.h>
#include <dirent.h>

#include "dirent_impl.h"

void rewinddir(DIR *dirp) {
  dirp->cookie = CLOUDABI_DIRCOOKIE_START;
  dirp->buffer_valid = false;
}
