#define STRING_AVX2_IMPL
#include "string_avx2.h"

// n >= 32: both ranges are entirely readable, so unaligned loads are
// fine; the last block overlaps the one before it.
AVX2_FN int __memcmp_avx2(const void *s1, const void *s2, size_t n) {
  const unsigned char *a = s1, *b = s2;
  size_t i = 0;
  for (; n - i >= 64; i += 64) {
    uint32_t e0 = avx2_eq_mask(avx2_loadu(a + i), avx2_loadu(b + i));
    uint32_t e1 = avx2_eq_mask(avx2_loadu(a + i + 32), avx2_loadu(b + i + 32));
    if ((e0 & e1) != 0xffffffffu) {
      uint64_t ne = ~(e0 | (uint64_t)e1 << 32);
      size_t j = i + (size_t)__builtin_ctzll(ne);
      return (int)a[j] - (int)b[j];
    }
  }
  if (n - i > 32) {
    uint32_t e = avx2_eq_mask(avx2_loadu(a + i), avx2_loadu(b + i));
    if (e != 0xffffffffu) {
      size_t j = i + (size_t)__builtin_ctz(~e);
      return (int)a[j] - (int)b[j];
    }
    i += 32;
  }
  if (i < n) {
    i = n - 32;
    uint32_t e = avx2_eq_mask(avx2_loadu(a + i), avx2_loadu(b + i));
    if (e != 0xffffffffu) {
      size_t j = i + (size_t)__builtin_ctz(~e);
      return (int)a[j] - (int)b[j];
    }
  }
  return 0;
}
