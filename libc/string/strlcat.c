#include <string.h>

size_t strlcat(char *restrict s1, const char *restrict s2, size_t n) {
  size_t used = strnlen(s1, n);
  // No terminator within n bytes: nothing can be appended.
  if (used == n)
    return n + strlen(s2);
  return used + strlcpy(s1 + used, s2, n - used);
}
