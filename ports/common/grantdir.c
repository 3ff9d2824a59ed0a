/* Port glue: see grantdir.h. */
#include <argdata.h>
#include <errno.h>
#include <fcntl.h>
#include <program.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "grantdir.h"

/* Descriptors in the start-up argdata are already the program's own. */
static int keep_fd(void *arg, size_t fd) {
  (void)arg;
  return (int)fd;
}

int ports_grantdir(void) {
  static int dir = -2;
  if (dir == -2) {
    dir = -1;
    const void *buf;
    size_t len;
    program_get_raw_argdata(&buf, &len);
    argdata_t *ad = argdata_from_buffer(buf, len, keep_fd, NULL);
    if (ad != NULL) {
      argdata_map_iterator_t it;
      const argdata_t *key, *value;
      const char *name;
      for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value);
           argdata_map_next(&it))
        if (argdata_get_str_c(key, &name) == 0 && strcmp(name, "cwd") == 0 &&
            argdata_get_fd(value, &dir) != 0)
          dir = -1;
      argdata_free(ad);
    }
  }
  if (dir < 0)
    errno = ENOTCAPABLE;
  return dir;
}

FILE *fopen(const char *path, const char *mode) {
  int dir = ports_grantdir();
  return dir < 0 ? NULL : fopenat(dir, path, mode);
}

/* Only the form with a name: the new stream's state moves into the old
   FILE with the libc's fswap(), and the old one is closed. */
FILE *freopen(const char *path, const char *mode, FILE *stream) {
  FILE *f = path != NULL ? fopen(path, mode) : NULL;
  if (f == NULL) {
    if (path == NULL)
      errno = ENOTCAPABLE;
    fclose(stream);
    return NULL;
  }
  fswap(stream, f);
  fclose(f);
  return stream;
}

int remove(const char *path) {
  int dir = ports_grantdir();
  if (dir < 0)
    return -1;
  if (unlinkat(dir, path, 0) == 0)
    return 0;
  if (errno != EISDIR && errno != EPERM)
    return -1;
  return unlinkat(dir, path, AT_REMOVEDIR);
}

int rename(const char *from, const char *to) {
  int dir = ports_grantdir();
  return dir < 0 ? -1 : renameat(dir, from, dir, to);
}

int unlink(const char *path) {
  int dir = ports_grantdir();
  return dir < 0 ? -1 : unlinkat(dir, path, 0);
}

int access(const char *path, int mode) {
  int dir = ports_grantdir();
  return dir < 0 ? -1 : faccessat(dir, path, mode, 0);
}
