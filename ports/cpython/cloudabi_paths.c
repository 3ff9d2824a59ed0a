/* CPython port glue: see cloudabi_paths.h. */
#include <argdata.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <program.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "cloudabi_paths.h"

#ifndef CLOUDABI_PATHS_PREFIX
#define CLOUDABI_PATHS_PREFIX "/python"
#endif

/* The name of the cwd grant: getcwd() answers it (and names below it after
   chdir), and absolute names under it resolve in the grant. */
#ifndef CLOUDABI_PATHS_CWD
#define CLOUDABI_PATHS_CWD "/cwd"
#endif

static int home_fd = -1, grant_cwd_fd = -1;
/* The directory relative names resolve in, and its name (NULL: none). */
static int cwd_fd = -1;
static char *cwd_name;

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
                : strcmp(name, "cwd") == 0      ? &grant_cwd_fd
                                                : NULL;
    if (slot != NULL && argdata_get_fd(value, slot) != 0)
      *slot = -1;
  }
  argdata_free(ad);
  cwd_fd = grant_cwd_fd;
  if (cwd_fd >= 0)
    cwd_name = strdup(CLOUDABI_PATHS_CWD);
}

/* If PATH is NAME or below it, the rest of PATH ("." for NAME itself). */
static const char *below(const char *path, const char *name) {
  size_t n = strlen(name);
  if (strncmp(path, name, n) != 0 || (path[n] != '/' && path[n] != '\0'))
    return NULL;
  const char *p = path + n;
  while (*p == '/')
    ++p;
  return *p == '\0' ? "." : p;
}

int cloudabi_paths_resolve(const char *path, const char **rel) {
  load_grants();
  int fd = -1;
  if (path[0] != '/') {
    *rel = path[0] == '\0' ? "." : path;
    fd = cwd_fd;
  } else if ((*rel = below(path, CLOUDABI_PATHS_PREFIX)) != NULL) {
    fd = home_fd;
  } else if ((*rel = below(path, CLOUDABI_PATHS_CWD)) != NULL) {
    fd = grant_cwd_fd;
  }
  if (fd < 0)
    errno = ENOTCAPABLE;
  return fd;
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

int utimes(const char *path, const struct timeval times[2]) {
  struct timespec ts[2];
  if (times != NULL)
    for (int i = 0; i < 2; ++i) {
      ts[i].tv_sec = times[i].tv_sec;
      ts[i].tv_nsec = times[i].tv_usec * 1000;
    }
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  return dir < 0 ? -1 : utimensat(dir, rel, times != NULL ? ts : NULL, 0);
}

/* os.chdir: relative names then resolve in the new directory, opened
   through a grant (so it grants nothing new).  Its name is PATH made
   absolute and normalized by name (".." drops the previous component, as
   os.path.normpath does; the runtime refuses escapes from the grant
   itself).  The old descriptor stays open: it may be a grant. */
static char *join_normalized(const char *base, const char *path) {
  char *out = malloc(strlen(base) + strlen(path) + 3);
  if (out == NULL)
    return NULL;
  size_t len = 0;
  const char *parts[2] = {path[0] == '/' ? "" : base, path};
  for (int i = 0; i < 2; ++i)
    for (const char *p = parts[i]; *p != '\0';) {
      while (*p == '/')
        ++p;
      size_t n = strcspn(p, "/");
      if (n == 2 && p[0] == '.' && p[1] == '.') {
        while (len > 0 && out[--len] != '/')
          ;
      } else if (n > 0 && !(n == 1 && p[0] == '.')) {
        out[len++] = '/';
        memcpy(out + len, p, n);
        len += n;
      }
      p += n;
    }
  if (len == 0)
    out[len++] = '/';
  out[len] = '\0';
  return out;
}

int chdir(const char *path) {
  const char *rel;
  int dir = cloudabi_paths_resolve(path, &rel);
  if (dir < 0)
    return -1;
  char *name = join_normalized(cwd_name != NULL ? cwd_name : "/", path);
  if (name == NULL)
    return -1;
  int fd = openat(dir, rel, O_RDONLY | O_DIRECTORY);
  if (fd < 0) {
    free(name);
    return -1;
  }
  cwd_fd = fd;
  free(cwd_name);
  cwd_name = name;
  return 0;
}

/* Without a cwd grant there is no current directory: ENOENT, the error of
   a removed working directory, which importlib and os.path already take
   for "no current directory". */
char *getcwd(char *buf, size_t size) {
  load_grants();
  if (cwd_name == NULL) {
    errno = ENOENT;
    return NULL;
  }
  size_t n = strlen(cwd_name) + 1;
  if (buf == NULL)
    return strdup(cwd_name);
  if (size < n) {
    errno = size == 0 ? EINVAL : ERANGE;
    return NULL;
  }
  return memcpy(buf, cwd_name, n);
}

/* os.getpid: a CloudABI process has a UUID (program_getpid), not a number,
   and nothing addresses it (there is no kill).  This is the UUID's first 31
   bits: constant for the process, distinct between processes with high
   probability, which is what tempfile, logging and test.support use it for
   (WASI's libc answers a constant instead). */
int getpid(void) {
  const char *uuid = program_getpid();
  unsigned long n = 0;
  for (int i = 0; i < 8 && uuid[i] != '\0'; ++i)
    n = n * 16 + (unsigned long)(uuid[i] <= '9' ? uuid[i] - '0' : uuid[i] - 'a' + 10);
  n &= 0x7fffffff;
  return n != 0 ? (int)n : 1;
}

/* The environment: environ starts as the libc's read-only view of the
   argdata "env" map; the first change copies the array (the strings stay
   shared), and later changes edit the copy.  Replaced strings leak, as
   they may be the libc's or still be referenced by a caller of getenv. */
extern char **environ;

static int env_name_ok(const char *name) {
  if (name == NULL || name[0] == '\0' || strchr(name, '=') != NULL) {
    errno = EINVAL;
    return 0;
  }
  return 1;
}

static char **env_find_n(const char *name, size_t len) {
  for (char **e = environ; *e != NULL; ++e)
    if (strncmp(*e, name, len) == 0 && (*e)[len] == '=')
      return e;
  return NULL;
}

static char **env_find(const char *name) {
  return env_find_n(name, strlen(name));
}

/* Make environ a malloc'd array with room for EXTRA more entries. */
static int env_own(size_t extra) {
  static char **owned;
  size_t n = 0;
  while (environ[n] != NULL)
    ++n;
  char **copy = owned == environ ? realloc(owned, (n + extra + 1) * sizeof *copy)
                                 : malloc((n + extra + 1) * sizeof *copy);
  if (copy == NULL)
    return -1;
  if (owned != environ)
    memcpy(copy, environ, (n + 1) * sizeof *copy);
  environ = owned = copy;
  return 0;
}

/* Puts ENTRY ("NAME=value", NAME being its first NLEN bytes) in environ. */
static int env_put(char *entry, size_t nlen) {
  if (env_own(env_find_n(entry, nlen) == NULL) != 0)
    return -1;
  char **e = env_find_n(entry, nlen);
  if (e == NULL) {
    for (e = environ; *e != NULL; ++e)
      ;
    e[1] = NULL;
  }
  *e = entry;
  return 0;
}

int setenv(const char *name, const char *value, int overwrite) {
  if (!env_name_ok(name))
    return -1;
  if (env_find(name) != NULL && !overwrite)
    return 0;
  size_t nlen = strlen(name), vlen = strlen(value);
  char *entry = malloc(nlen + vlen + 2);
  if (entry == NULL)
    return -1;
  memcpy(entry, name, nlen);
  entry[nlen] = '=';
  memcpy(entry + nlen + 1, value, vlen + 1);
  if (env_put(entry, nlen) != 0) {
    free(entry);
    return -1;
  }
  return 0;
}

/* Only Programs/_testembed (built by `make all`) calls putenv. */
int putenv(char *string) {
  const char *eq = strchr(string, '=');
  if (eq == NULL || eq == string) {
    errno = EINVAL;
    return -1;
  }
  return env_put(string, (size_t)(eq - string));
}

int unsetenv(const char *name) {
  if (!env_name_ok(name))
    return -1;
  if (env_find(name) == NULL)
    return 0;
  if (env_own(0) != 0)
    return -1;
  char **e;
  while ((e = env_find(name)) != NULL)
    do
      e[0] = e[1];
    while (*e++ != NULL);
  return 0;
}
