#include <string.h>

char *strsep(char **stringp, const char *delim) {
  char *token = *stringp;
  if (token == NULL)
    return NULL;
  char *end = token + strcspn(token, delim);
  if (*end != '\0') {
    *end = '\0';
    *stringp = end + 1;
  } else {
    *stringp = NULL;
  }
  return token;
}
