/* CPython port glue: see cloudabi_paths.h. */
#include <argdata.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <program.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cloudabi_paths.h"

#ifndef CLOUDABI_PATHS_PREFIX
#define CLOUDABI_PATHS_PREFIX "/python"
#endif

static int home_fd = -1, cwd_fd = -1;

/* Descriptors in the start-up argdata are already the program's own. */
static int keep_fd(void *arg, size_t fd) {
  (void)arg;
  return (int)fd;
}

static void load_grants(void) {
  static int loaded;
  if (loaded)
    return;
  loaded = 1;
  const void *buf;
  size_t len;
  program_get_raw_argdata(&buf, &len);
  argdata_t *ad = argdata_from_buffer(buf, len, keep_fd, NULL);
  if (ad == NULL)
    return;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  const char *name;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value);
       argdata_map_next(&it)) {
    if (argdata_get_str_c(key, &name) != 0)
      continue;
    int *slot = strcmp(name, "pythonhome") == 0 ? &home_fd
                : strcmp(name, "cwd") == 0      ? &cwd_fd
                                                : NULL;
    if (slot != NULL && argdata_get_fd(value, slot) != 0)
      *slot = -1;
  }
  argdata_free(ad);
}

int cloudabi_paths_resolve(const char *path, const char **rel) {
  static const char prefix[] = CLOUDABI_PATHS_PREFIX;
  const size_t n = sizeof(prefix) - 1;
  load_grants();
  if (path[0] != '/') {
    *rel = path[0] == '\0' ? "." : path;
    if (cwd_fd < 0)
      errno = ENOTCAPABLE;
    return cwd_fd;
  }
  if (strncmp(path, prefix, n) == 0 && (path[n] == '/' || path[n] == '\0')) {
    const char *p = path + n;
    while (*p == '/')
      ++p;
    *rel = *p == '\0' ? "." : p;
    if (home_fd < 0)
      errno = ENOTCAPABLE;
    return home_fd;
  }
  errno = ENOTCAPABLE;
  return -1;
}

int open(const char *path, int flags, ...) {
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = (mode_t)va_arg(ap, int);
    va_end(ap);
  }
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : openat(dir, rel, flags, mode);
}

int stat(const char *restrict path, struct stat *restrict st) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : fstatat(dir, rel, st, 0);
}

int lstat(const char *restrict path, struct stat *restrict st) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : fstatat(dir, rel, st, AT_SYMLINK_NOFOLLOW);
}

FILE *fopen(const char *restrict path, const char *restrict mode) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? NULL : fopenat(dir, rel, mode);
}

int access(const char *path, int amode) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : faccessat(dir, rel, amode, 0);
}

int mkdir(const char *path, mode_t mode) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : mkdirat(dir, rel, mode);
}

int rmdir(const char *path) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : unlinkat(dir, rel, AT_REMOVEDIR);
}

int unlink(const char *path) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : unlinkat(dir, rel, 0);
}

int rename(const char *from, const char *to) {
  const char *rel_from, *rel_to;
  int dir_from = cloudabi_paths_resolve(from, &rel_from);
  if (dir_from < 0)
    return -1;
  int dir_to = cloudabi_paths_resolve(to, &rel_to);
  return dir_to < 0 ? -1 : renameat(dir_from, rel_from, dir_to, rel_to);
}

DIR *opendir(const char *path) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  if (dir < 0)
    return NULL;
  int fd = openat(dir, rel, O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return NULL;
  DIR *d = fdopendir(fd);
  if (d == NULL) {
    int saved = errno;
    close(fd);
    errno = saved;
  }
  return d;
}
