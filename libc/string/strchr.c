#include <string.h>

char *strchr(const char *s, int c) {
  char ch = (char)c;
  for (;; ++s) {
    if (*s == ch)
      return (char *)s;
    if (*s == '\0')
      return NULL;
  }
}
