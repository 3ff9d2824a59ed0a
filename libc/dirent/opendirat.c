#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

DIR *opendirat(int fd, const char *path) {
  int dir = openat(fd, path, O_RDONLY | O_DIRECTORY);
  if (dir < 0)
    return NULL;
  DIR *dirp = fdopendir(dir);
  if (dirp == NULL) {
    int saved = errno;
    close(dir);
    errno = saved;
  }
  return dirp;
}
