#include <string.h>

void *memcpy(void *restrict s1, const void *restrict s2, size_t n) {
  unsigned char *d = s1;
  const unsigned char *s = s2;
  while (n-- > 0)
    *d++ = *s++;
  return s1;
}
