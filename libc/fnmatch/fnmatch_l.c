#include <fnmatch.h>

// Every locale is UTF-8 with the same classes.
int fnmatch_l(const char *pattern, const char *string, int flags,
              locale_t locale) {
  return fnmatch(pattern, string, flags);
}
