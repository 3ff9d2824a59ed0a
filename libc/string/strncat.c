#include <string.h>

char *strncat(char *restrict s1, const char *restrict s2, size_t n) {
  char *end = s1 + strlen(s1);
  size_t len = strnlen(s2, n);
  memcpy(end, s2, len);
  end[len] = '\0';
  return s1;
}
