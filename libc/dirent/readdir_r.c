#include <dirent.h>
#include <errno.h>
#include <string.h>

int readdir_r(DIR *restrict dirp, struct dirent *restrict entry, struct dirent **restrict result) {
  int saved = errno;
  errno = 0;
  struct dirent *de = readdir(dirp);
  if (de == NULL) {
    int error = errno;
    errno = saved;
    *result = NULL;
    return error;
  }
  errno = saved;
  // The caller's entry has room for sizeof(entry->d_name) bytes of name.
  size_t len = strlen(de->d_name);
  if (len >= sizeof(entry->d_name)) {
    *result = NULL;
    return ENAMETOOLONG;
  }
  entry->d_ino = de->d_ino;
  entry->d_type = de->d_type;
  memcpy(entry->d_name, de->d_name, len + 1);
  *result = entry;
  return 0;
}
