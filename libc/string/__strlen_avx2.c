#define STRING_AVX2_IMPL
#include "string_avx2.h"

// Single aligned blocks until 128-byte alignment, then four blocks (one
// 128-byte line, within one page) per iteration.
AVX2_FN size_t __strlen_avx2(const char *s) {
  unsigned int off = (uintptr_t)s & 31;
  const char *p = s - off;
  uint32_t m = avx2_zero_mask(avx2_load(p)) >> off;
  if (m != 0)
    return (size_t)__builtin_ctz(m);
  p += 32;
  while (((uintptr_t)p & 127) != 0) {
    m = avx2_zero_mask(avx2_load(p));
    if (m != 0)
      return (size_t)(p - s) + (unsigned int)__builtin_ctz(m);
    p += 32;
  }
  for (;;) {
    __m256i a = avx2_load(p), b = avx2_load(p + 32);
    __m256i c = avx2_load(p + 64), d = avx2_load(p + 96);
    __m256i lo = _mm256_min_epu8(_mm256_min_epu8(a, b), _mm256_min_epu8(c, d));
    if (avx2_zero_mask(lo) != 0) {
      uint64_t m64 = avx2_zero_mask(a) | (uint64_t)avx2_zero_mask(b) << 32;
      if (m64 != 0)
        return (size_t)(p - s) + (size_t)__builtin_ctzll(m64);
      m64 = avx2_zero_mask(c) | (uint64_t)avx2_zero_mask(d) << 32;
      return (size_t)(p + 64 - s) + (size_t)__builtin_ctzll(m64);
    }
    p += 128;
  }
}
