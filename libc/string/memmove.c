#include <stdint.h>
#include <string.h>

void *memmove(void *s1, const void *s2, size_t n) {
  unsigned char *d = s1;
  const unsigned char *s = s2;
  if ((uintptr_t)d - (uintptr_t)s >= n) {
    while (n-- > 0)
      *d++ = *s++;
  } else {
    while (n-- > 0)
      d[n] = s[n];
  }
  return s1;
}
