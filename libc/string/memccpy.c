#include <string.h>

void *memccpy(void *restrict s1, const void *restrict s2, int c, size_t n) {
  const unsigned char *found = memchr(s2, c, n);
  if (found == NULL) {
    memcpy(s1, s2, n);
    return NULL;
  }
  size_t len = (size_t)(found - (const unsigned char *)s2) + 1;
  memcpy(s1, s2, len);
  return (unsigned char *)s1 + len;
}
