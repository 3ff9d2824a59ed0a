#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef int comparator(const struct dirent **, const struct dirent **);

// qsort_r() hands over pointers to the array's elements, which are
// struct dirent pointers: call the comparator with exactly its own type.
static int compare(const void *a, const void *b, void *arg) {
  comparator *compar = *(comparator **)arg;
  return compar((const struct dirent **)a, (const struct dirent **)b);
}

static void free_entries(struct dirent **list, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(list[i]);
  free(list);
}

int scandirat(int fd, const char *path, struct dirent ***namelist,
              int (*filter)(const struct dirent *), comparator *compar) {
  DIR *dirp = opendirat(fd, path);
  if (dirp == NULL)
    return -1;
  struct dirent **list = NULL;
  size_t n = 0, cap = 0;
  int saved = errno;
  for (;;) {
    errno = 0;
    struct dirent *de = readdir(dirp);
    if (de == NULL) {
      if (errno != 0)
        goto fail;
      break;
    }
    if (filter != NULL && !filter(de))
      continue;
    if (n == (size_t)__INT_MAX__) {
      errno = EOVERFLOW;
      goto fail;
    }
    if (n == cap) {
      size_t ncap = cap == 0 ? 16 : cap * 2;
      struct dirent **grown = realloc(list, ncap * sizeof(*list));
      if (grown == NULL)
        goto fail;
      list = grown;
      cap = ncap;
    }
    // Each entry is allocated to the size of its name, like readdir()'s,
    // but never smaller than a struct dirent.
    size_t len = strlen(de->d_name);
    size_t size = offsetof(struct dirent, d_name) + len + 1;
    if (size < sizeof(struct dirent))
      size = sizeof(struct dirent);
    struct dirent *copy = malloc(size);
    if (copy == NULL)
      goto fail;
    copy->d_ino = de->d_ino;
    copy->d_type = de->d_type;
    memcpy(copy->d_name, de->d_name, len + 1);
    list[n++] = copy;
  }
  closedir(dirp);
  errno = saved;
  if (compar != NULL && n > 1)
    qsort_r(list, n, sizeof(*list), compare, &compar);
  *namelist = list;
  return (int)n;

fail: {
  int error = errno;
  free_entries(list, n);
  closedir(dirp);
  errno = error;
  return -1;
}
}
