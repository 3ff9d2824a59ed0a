#include <stdlib.h>
#include <string.h>

// Splits off the suboption at *optionp (up to the next comma, which is
// overwritten with a null byte; *optionp moves past it).  If its name (the
// part before any '=') is one of tokens, returns that index and sets
// *valuep to the text after '=' or NULL.  Otherwise returns -1 and sets
// *valuep to the whole suboption, as glibc does, for error messages.
int getsubopt(char **optionp, char *const *tokens, char **valuep) {
  char *opt = *optionp;
  if (*opt == '\0')
    return -1;
  char *end = strchr(opt, ',');
  if (end != NULL) {
    *end = '\0';
    *optionp = end + 1;
  } else {
    *optionp = opt + strlen(opt);
  }
  char *eq = strchr(opt, '=');
  size_t namelen = eq != NULL ? (size_t)(eq - opt) : strlen(opt);
  for (int i = 0; tokens[i] != NULL; ++i) {
    if (strncmp(tokens[i], opt, namelen) == 0 && tokens[i][namelen] == '\0') {
      *valuep = eq != NULL ? eq + 1 : NULL;
      return i;
    }
  }
  *valuep = opt;
  return -1;
}
