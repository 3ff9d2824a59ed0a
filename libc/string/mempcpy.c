#include <string.h>

void *mempcpy(void *restrict s1, const void *restrict s2, size_t n) {
  return (unsigned char *)memcpy(s1, s2, n) + n;
}
