#include <string.h>

// The C locale collates bytewise.
int strcoll(const char *s1, const char *s2) {
  return strcmp(s1, s2);
}
