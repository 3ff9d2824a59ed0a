#include <strings.h>

static inline int fold(unsigned char c) {
  return (unsigned int)(c - 'A') < 26 ? c + ('a' - 'A') : c;
}

// Compares at most n bytes as if converted to lower case (ASCII).
int strncasecmp(const char *s1, const char *s2, size_t n) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  for (; n > 0; --n, ++a, ++b) {
    int x = fold(*a), y = fold(*b);
    if (x != y || x == '\0')
      return x - y;
  }
  return 0;
}
