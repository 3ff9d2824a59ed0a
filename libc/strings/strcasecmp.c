#include <strings.h>

static inline int fold(unsigned char c) {
  return (unsigned int)(c - 'A') < 26 ? c + ('a' - 'A') : c;
}

// Compares as if both strings were converted to lower case (ASCII).
int strcasecmp(const char *s1, const char *s2) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  for (;; ++a, ++b) {
    int x = fold(*a), y = fold(*b);
    if (x != y || x == '\0')
      return x - y;
  }
}
