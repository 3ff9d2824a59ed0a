#include <stdlib.h>
#include <string.h>

extern char **environ;

char *getenv(const char *name) {
  size_t len = strlen(name);
  if (len == 0 || strchr(name, '=') != NULL)
    return NULL;
  for (char **e = environ; *e != NULL; e++)
    if (strncmp(*e, name, len) == 0 && (*e)[len] == '=')
      return *e + len + 1;
  return NULL;
}
