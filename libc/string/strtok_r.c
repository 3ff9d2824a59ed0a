#include <string.h>

char *strtok_r(char *restrict s, const char *restrict delim,
               char **restrict lasts) {
  if (s == NULL) {
    s = *lasts;
    if (s == NULL)
      return NULL;
  }
  s += strspn(s, delim);
  if (*s == '\0') {
    *lasts = s;
    return NULL;
  }
  char *end = s + strcspn(s, delim);
  if (*end != '\0') {
    *end = '\0';
    *lasts = end + 1;
  } else {
    *lasts = end;
  }
  return s;
}
