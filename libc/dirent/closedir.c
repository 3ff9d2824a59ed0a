#include <dirent.h>
#include <unistd.h>

int closedir(DIR *dirp) {
  return close(fdclosedir(dirp));
}
