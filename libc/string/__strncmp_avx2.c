#define STRING_AVX2_IMPL
#include "string_avx2.h"

// 32 bytes per step with page-safe loads (avx2_string_stops), the last
// step limited to the bytes left of n.
AVX2_FN int __strncmp_avx2(const char *s1, const char *s2, size_t n) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  while (n != 0) {
    unsigned int lim = n < 32 ? (unsigned int)n : 32;
    uint32_t m = avx2_string_stops(a, b, lim);
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return (int)a[i] - (int)b[i];
    }
    a += lim;
    b += lim;
    n -= lim;
  }
  return 0;
}
