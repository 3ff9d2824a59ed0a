#include <string.h>

char *strcat(char *restrict s1, const char *restrict s2) {
  char *end = s1 + strlen(s1);
  memcpy(end, s2, strlen(s2) + 1);
  return s1;
}
