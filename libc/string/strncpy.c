#include <string.h>

char *strncpy(char *restrict s1, const char *restrict s2, size_t n) {
  size_t len = strnlen(s2, n);
  memcpy(s1, s2, len);
  memset(s1 + len, '\0', n - len);
  return s1;
}
