#include <libgen.h>
#include <string.h>

char *dirname(char *path) {
  if (path == NULL || path[0] == '\0')
    return (char *)".";
  size_t end = strlen(path);
  // Trailing slashes, then the last component, then the slashes before it.
  while (end > 1 && path[end - 1] == '/')
    end--;
  while (end > 0 && path[end - 1] != '/')
    end--;
  if (end == 0)
    return (char *)".";
  while (end > 1 && path[end - 1] == '/')
    end--;
  path[end] = '\0';
  return path;
}
