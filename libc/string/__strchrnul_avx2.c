#define STRING_AVX2_IMPL
#include "string_avx2.h"

// min(x ^ c, x) is zero exactly where x holds c or the terminator.
static inline AVX2_FN __m256i stops(__m256i x, __m256i v) {
  return _mm256_min_epu8(_mm256_xor_si256(x, v), x);
}

// Same block schedule as __strlen_avx2.
AVX2_FN char *__strchrnul_avx2(const char *s, int c) {
  const __m256i v = _mm256_set1_epi8((char)c);
  unsigned int off = (uintptr_t)s & 31;
  const char *p = s - off;
  uint32_t m = avx2_zero_mask(stops(avx2_load(p), v)) >> off;
  if (m != 0)
    return (char *)s + __builtin_ctz(m);
  p += 32;
  while (((uintptr_t)p & 127) != 0) {
    m = avx2_zero_mask(stops(avx2_load(p), v));
    if (m != 0)
      return (char *)p + __builtin_ctz(m);
    p += 32;
  }
  for (;;) {
    __m256i a = stops(avx2_load(p), v), b = stops(avx2_load(p + 32), v);
    __m256i c2 = stops(avx2_load(p + 64), v), d = stops(avx2_load(p + 96), v);
    __m256i lo = _mm256_min_epu8(_mm256_min_epu8(a, b), _mm256_min_epu8(c2, d));
    if (avx2_zero_mask(lo) != 0) {
      uint64_t m64 = avx2_zero_mask(a) | (uint64_t)avx2_zero_mask(b) << 32;
      if (m64 != 0)
        return (char *)p + __builtin_ctzll(m64);
      m64 = avx2_zero_mask(c2) | (uint64_t)avx2_zero_mask(d) << 32;
      return (char *)p + 64 + __builtin_ctzll(m64);
    }
    p += 128;
  }
}
