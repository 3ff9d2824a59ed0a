#include <stdlib.h>
#include <sys/stat.h>

#include "tempname.h"

static int create_directory(int dirfd, const char *name) {
  return mkdirat(dirfd, name, 0700);
}

// mkdtemp within the directory dirfd (see mkstempat).
char *mkdtempat(int dirfd, char *template) {
  return tempname_create(dirfd, template, create_directory) == 0 ? template
                                                                 : NULL;
}
