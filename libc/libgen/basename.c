#include <libgen.h>
#include <string.h>

char *basename(char *path) {
  if (path == NULL || path[0] == '\0')
    return (char *)".";
  size_t end = strlen(path);
  while (end > 1 && path[end - 1] == '/')
    end--;
  if (end == 1 && path[0] == '/')
    return (char *)"/";
  path[end] = '\0';
  size_t start = end;
  while (start > 0 && path[start - 1] != '/')
    start--;
  return path + start;
}
