#include <string.h>

char *stpcpy(char *restrict s1, const char *restrict s2) {
  size_t len = strlen(s2);
  memcpy(s1, s2, len + 1);
  return s1 + len;
}
