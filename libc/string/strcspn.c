#include <stdint.h>
#include <string.h>

size_t strcspn(const char *s, const char *set) {
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *q = (const unsigned char *)set;
  if (q[0] == '\0' || q[1] == '\0')
    return (size_t)(strchrnul(s, q[0]) - s);
  // One bit per byte value; bit 0 is set so the terminator stops the scan.
  uint64_t bits[4] = {1, 0, 0, 0};
  for (; *q != '\0'; ++q)
    bits[*q >> 6] |= UINT64_C(1) << (*q & 63);
  while (!((bits[*p >> 6] >> (*p & 63)) & 1))
    ++p;
  return (size_t)(p - (const unsigned char *)s);
}
