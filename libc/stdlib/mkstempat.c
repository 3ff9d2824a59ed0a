#include <fcntl.h>
#include <stdlib.h>

#include "tempname.h"

static int create_file(int dirfd, const char *name) {
  return openat(dirfd, name, O_RDWR | O_CREAT | O_EXCL, 0600);
}

// mkstemp within the directory dirfd: the name is resolved relative to it,
// as openat does, and the file is created there, new and empty.
int mkstempat(int dirfd, char *template) {
  return tempname_create(dirfd, template, create_file);
}
