#include <string.h>

char *strcpy(char *restrict s1, const char *restrict s2) {
  memcpy(s1, s2, strlen(s2) + 1);
  return s1;
}
