#include <string.h>

size_t strlcpy(char *restrict s1, const char *restrict s2, size_t n) {
  size_t len = strlen(s2);
  if (n > 0) {
    size_t copy = len < n ? len : n - 1;
    memcpy(s1, s2, copy);
    s1[copy] = '\0';
  }
  return len;
}
