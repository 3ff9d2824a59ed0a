#include <string.h>

char *strpbrk(const char *s, const char *set) {
  s += strcspn(s, set);
  return *s != '\0' ? (char *)s : NULL;
}
