#include <stdint.h>
#include <string.h>

size_t strspn(const char *s, const char *set) {
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *q = (const unsigned char *)set;
  if (q[0] == '\0')
    return 0;
  if (q[1] == '\0') {
    while (*p == q[0])
      ++p;
    return (size_t)(p - (const unsigned char *)s);
  }
  // One bit per byte value.  Bit 0 stays clear, so the terminator stops
  // the scan.
  uint64_t bits[4] = {0, 0, 0, 0};
  for (; *q != '\0'; ++q)
    bits[*q >> 6] |= UINT64_C(1) << (*q & 63);
  while ((bits[*p >> 6] >> (*p & 63)) & 1)
    ++p;
  return (size_t)(p - (const unsigned char *)s);
}
